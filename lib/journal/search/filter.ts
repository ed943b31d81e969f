import type { EntryKind, Need } from '../entry/types';

/**
 * What narrows the journal's list (the URL names for each are in query.ts). Apart from the
 * URL parsing so the journal's door, which every page loads, carries only this much of it.
 */
export interface JournalFilter {
  q?: string;
  kind?: EntryKind;
  need?: Need;
  tag?: string;
  from?: string;
  to?: string;
}

/** True when any filter narrows the list. */
export function isFiltered(filter: JournalFilter): boolean {
  return Boolean(filter.q || filter.kind || filter.need || filter.tag || filter.from || filter.to);
}
