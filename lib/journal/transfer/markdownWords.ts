import { t, type MessageKey } from '../../i18n';
import { plural, uiLanguage } from '../../locale';
import { PATTERN_IDS } from '../../exercises/breathingChoices';
import { ENTRY_KINDS, NEEDS } from '../entry/types';
import { REVISIT_ANSWERS } from '../labels';
import type { MarkdownWords } from './markdown';
import { MARKERS, type MarkdownCatalogue } from './markdownCatalogue';

/** The page's own words for the Markdown file. */
export const pageWords: MarkdownWords = { t, plural };

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Every message the Markdown file can use (markdown.ts), in this page's language. */
export function markdownCatalogue(): MarkdownCatalogue {
  const keys = [
    'journalTitle',
    'exportMarkdownIntro',
    'entryIntensity',
    'breathingSummary',
    'exportSite',
    'exportRevisit',
    ...ENTRY_KINDS.map((kind) => `kind_${kind}`),
    ...NEEDS.map((need) => `need_${need}`),
    ...PATTERN_IDS.map((pattern) => `pattern_${pattern}`),
    ...REVISIT_ANSWERS.map((answer) => `revisit_${answer}`),
    ...PLURAL_FORMS.map((form) => `breathCount_${form}`),
  ] as MessageKey[];
  const messages: MarkdownCatalogue['messages'] = {};
  for (const key of keys) {
    const message = t(key, MARKERS);
    if (message !== key) messages[key] = message; // a plural form this language lacks
  }
  return { language: uiLanguage(), messages };
}
