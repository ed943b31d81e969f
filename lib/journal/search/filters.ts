import { dayEnd, dayStart, type JournalFilter } from './query';
import type { Entry, EntryKind, Need } from '../entry/types';
import { fold, searchableText, searchTerms } from './fold';

/** What a filter looks at, with the text already folded: an entry, or a search index row. */
export interface SearchRow {
  id: string;
  createdAt: number;
  kind: EntryKind;
  need?: Need;
  /** Tags, folded. */
  tags: string[];
  /** Everything searchable, folded (see searchableText). */
  haystack: string;
}

export function toSearchRow(entry: Entry): SearchRow {
  return {
    id: entry.id,
    createdAt: entry.createdAt,
    kind: entry.kind,
    need: entry.need,
    tags: entry.tags.map(fold),
    haystack: searchableText(entry),
  };
}

/** A filter turned into one test, with the search words and tag folded once, not per row. */
export function compileRowFilter(filter: JournalFilter): (row: SearchRow) => boolean {
  const terms = searchTerms(filter.q);
  const tag = filter.tag ? fold(filter.tag) : undefined;
  const from = filter.from ? dayStart(filter.from) : -Infinity;
  const to = filter.to ? dayEnd(filter.to) : Infinity;
  return (row) =>
    (!filter.kind || row.kind === filter.kind) &&
    (!filter.need || row.need === filter.need) &&
    row.createdAt >= from &&
    row.createdAt < to &&
    (!tag || row.tags.includes(tag)) &&
    terms.every((term) => row.haystack.includes(term));
}

/** The same test for whole entries (the cheap fields are checked before any text is folded). */
export function compileFilter(filter: JournalFilter): (entry: Entry) => boolean {
  const test = compileRowFilter(filter);
  return (entry) =>
    (!filter.kind || entry.kind === filter.kind) &&
    (!filter.need || entry.need === filter.need) &&
    test(toSearchRow(entry));
}
