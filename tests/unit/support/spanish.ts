import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetPluralRules } from '@/lib/locale';
import es from '../../../public/_locales/es/messages.json';

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** The browser's i18n as a Spanish-speaking person's browser gives it (until the next test). */
export function speakSpanish(): void {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const entry = (es as Catalogue)[key];
    if (!entry) return '';
    const list = ([] as string[]).concat(subs ?? []);
    return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
        /\$(\d)/g,
        (_m, n: string) => list[Number(n) - 1] ?? '',
      ),
    );
  }) as typeof fakeBrowser.i18n.getMessage;
  resetPluralRules();
}
