import type { Entry } from '../entry/types';

/**
 * Folds text for matching: accents removed (é → e, ñ → n, ü → u) and case ignored, so "cafe"
 * finds "Café" and "nino" finds "niño". NFD splits letters from their accents; \p{Diacritic}
 * is the accents.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII has no accents to strip: skip the slower normalisation for it.
  return /^[\x20-\x7e\s]*$/.test(lower)
    ? lower
    : lower.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

/** The words of a search, folded; quotes are not special, every word must appear. */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return [];
  return [...new Set(fold(query).split(/\s+/).filter(Boolean))];
}

/** Everything about an entry a person might search for: the words, tags, site, what matched. */
export function searchableText(entry: Entry): string {
  const parts = [entry.text, ...entry.tags];
  if (entry.unsent) parts.push(entry.unsent.site, ...entry.unsent.matched);
  if (entry.grounding) parts.push(...entry.grounding.steps.flat());
  return fold(parts.join('\n'));
}
