import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';
import { installFakeBrowserExtras } from './support/fakeBrowserExtras';

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * WXT's fake browser has no i18n; this one reads the real English catalogue and applies
 * placeholders the way browsers do, so tests assert the words a user actually sees.
 */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Catalogue)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  installFakeBrowserExtras();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
});
