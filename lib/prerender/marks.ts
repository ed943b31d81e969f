/**
 * How a page prerendered at build time (scripts/prerender/) says which of its words come from
 * the _locales catalogue, so the page's classic first-paint script can put them in the
 * browser's language before the first paint, and the app then hydrates words that are already
 * the ones it renders:
 * - `data-i18n="key"` (or `"key|sub|sub"` with substitutions): the element's one text child is
 *   that message;
 * - `data-i18n-attr="aria-label:key;placeholder:key"`: those attributes are those messages.
 */
export const TEXT_MARK = 'data-i18n';
export const ATTRIBUTE_MARK = 'data-i18n-attr';

/** Between a key and its substitutions in `data-i18n`, and between attributes in the other. */
export const SUBSTITUTION_SEPARATOR = '|';
export const ATTRIBUTE_SEPARATOR = ';';
export const NAME_SEPARATOR = ':';

/** The id of the <template> holding a prerendered variant a first-paint script may swap in. */
export const templateId = (variant: string) => `prerender-${variant}`;
