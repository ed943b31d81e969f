import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Entry } from '@/lib/journal/entry/types';
import { resetPluralRules } from '@/lib/locale';
import { toMarkdown } from '@/lib/journal/transfer/markdown';
import { wordsFrom } from '@/lib/journal/transfer/markdownCatalogue';
import { markdownCatalogue, pageWords } from '@/lib/journal/transfer/markdownWords';
import es from '../../../../public/_locales/es/messages.json';
import { sampleEntries } from './fixtures';

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** The browser's i18n as a Spanish-speaking person's browser gives it. */
function speakSpanish() {
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

afterEach(resetPluralRules);

/** Every fact a section can show: each kind, need and pattern, one breath and many, a revisit. */
function everyFact(): Entry[] {
  const base = sampleEntries();
  const breathing = base.find((e) => e.breathing)!;
  return [
    ...base,
    { ...breathing, id: 'one-breath', breathing: { pattern: 'sigh', seconds: 8, cycles: 1 } },
    { ...breathing, id: 'no-breath', breathing: { pattern: '478', seconds: 0, cycles: 0 } },
  ];
}

describe('Markdown made in the export’s worker', () => {
  it('reads word for word as the page’s, in English', () => {
    const entries = everyFact();
    const page = toMarkdown(entries, 0, pageWords);
    expect(toMarkdown(entries, 0, wordsFrom(markdownCatalogue()))).toBe(page);
    expect(page).toContain('# Your journal');
  });

  it('reads word for word as the page’s, in Spanish (its plurals too)', () => {
    speakSpanish();
    const entries = everyFact();
    const page = toMarkdown(entries, 0, pageWords);
    const catalogue = markdownCatalogue();
    expect(catalogue.language).toBe('es');
    expect(toMarkdown(entries, 0, wordsFrom(catalogue))).toBe(page);
    expect(page).toContain('# Tu diario');
  });

  it('says a word it was not given as its key, never as nothing', () => {
    const words = wordsFrom({ language: 'en', messages: {} });
    expect(words.t('journalTitle')).toBe('journalTitle');
  });
});
