import type { MessageKey } from '../../i18n';
import type { MarkdownWords } from './markdown';

/**
 * The Markdown file's messages as the page's i18n gave them, for the export's worker (which has
 * no extension APIs): each message with private-use markers where its substitutions go.
 */
export interface MarkdownCatalogue {
  language: string;
  messages: Partial<Record<MessageKey, string>>;
}

/** What stands in for substitution n (1-based) in a catalogue's messages. */
export const MARKERS = ['\uE001', '\uE002', '\uE003'];

/** The words of a catalogue: the same text the page's i18n would give. */
export function wordsFrom({ language, messages }: MarkdownCatalogue): MarkdownWords {
  const rules = new Intl.PluralRules(language);
  // Not named t: this fills in messages it was given, it does not look them up (i18n.test.ts).
  const fill = (key: MessageKey, substitutions?: string | string[]) => {
    const values = substitutions === undefined ? [] : [substitutions].flat();
    return (messages[key] ?? key).replace(
      /[\uE001-\uE003]/g,
      (marker) => values[marker.charCodeAt(0) - 0xe001] ?? '',
    );
  };
  return {
    t: fill,
    plural(base, count) {
      const form = `${base}_${rules.select(count)}` as MessageKey;
      // Forms a language does not need are absent (Spanish has no "few"): `other` then.
      return fill(
        messages[form] ? form : (`${base}_other` as MessageKey),
        count.toLocaleString(language),
      );
    },
  };
}
