import { dayEnd, dayStart, type JournalFilter } from './query';
import type { Entry } from './schema';
import { fold, matchesTerms, searchTerms } from './search';

/** A filter turned into one test, with the search words and tag folded once, not per entry. */
export function compileFilter(filter: JournalFilter): (entry: Entry) => boolean {
  const terms = searchTerms(filter.q);
  const tag = filter.tag ? fold(filter.tag) : undefined;
  const from = filter.from ? dayStart(filter.from) : -Infinity;
  const to = filter.to ? dayEnd(filter.to) : Infinity;
  return (entry) =>
    (!filter.kind || entry.kind === filter.kind) &&
    (!filter.need || entry.need === filter.need) &&
    entry.createdAt >= from &&
    entry.createdAt < to &&
    (!tag || entry.tags.some((t) => fold(t) === tag)) &&
    matchesTerms(entry, terms);
}
