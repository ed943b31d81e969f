import type { NewEntry } from '../journal/entry/write';
import { MAX_TAG_LENGTH, MAX_TEXT_LENGTH } from '../journal/entry/limits';
import { siteForUrl } from '../pause/sites';

/** The context menu's one item, created once under this id. */
export const SAVE_SELECTION_MENU = 'steady-save-selection';

/**
 * The page's site as a person would name it: a messaging site Steady knows by its own name
 * ("WhatsApp Web"), any other by its host without "www." ("example.com"). Never the address:
 * a path can say far more than a person meant to keep.
 */
export function siteName(url: string | undefined): string | undefined {
  const known = siteForUrl(url);
  if (known) return known.name;
  try {
    const { protocol, hostname } = new URL(url ?? '');
    if (!/^https?:$/.test(protocol) || !hostname) return undefined;
    return hostname.replace(/^www\./, '').slice(0, MAX_TAG_LENGTH);
  } catch {
    return undefined;
  }
}

/**
 * A journal note from selected text, tagged with the site it came from. Undefined when there
 * is nothing but white space. A selection longer than an entry can hold keeps its beginning.
 */
export function noteFromSelection(
  selection: string | undefined,
  pageUrl: string | undefined,
): NewEntry | undefined {
  const text = (selection ?? '').trim();
  if (!text) return undefined;
  const site = siteName(pageUrl);
  return {
    kind: 'note',
    text: text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH - 1)}…` : text,
    tags: site ? [site] : [],
  };
}
