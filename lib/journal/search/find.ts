import type { JournalConnection } from '../store/open';
import { compileFilter } from './filters';
import { dayEnd, dayStart, isFiltered, type JournalFilter } from './query';
import { newestBelow, pageEntries, type Page, type PageCursor } from '../store/entries';
import { createdKey } from '../store/packs';
import type { Entry } from '../entry/types';
import type { Opener } from '../lock/codec';
import type { StoredEntry } from '../lock/records';

type Key = [number, string];

/** Keys from `lower` (inclusive) up to `upper` (exclusive); either may be open-ended. */
interface Span {
  lower?: Key;
  upper?: Key;
}

/** The span of [createdAt, id] keys a filter's dates allow, below the cursor when paging on. */
function spanFor(filter: JournalFilter, after?: PageCursor): Span | 'empty' {
  const lower: Key | undefined = filter.from ? [dayStart(filter.from), ''] : undefined;
  // Ids are strings, and every string sorts after '': [end, ''] is past the whole day.
  const end: Key | undefined = filter.to ? [dayEnd(filter.to), ''] : undefined;
  // Of the two upper bounds (the day's end and the paging cursor), the lower one wins.
  const upper = after && (!end || indexedDB.cmp(after, end) < 0) ? after : end;
  if (lower && upper && indexedDB.cmp(lower, upper) >= 0) return 'empty';
  return { lower, upper };
}

/**
 * Entries in a span, newest first, in growing batches: a key cursor jumps back `size` keys
 * (advance: one request, no values read) and one read takes the batch (newestBelow). Far
 * fewer round trips than a value cursor stepping one entry at a time, which keeps a search
 * that matches little (and so reads everything) quick at 10,000 entries and more.
 */
async function* newestFirst(db: JournalConnection, span: Span): AsyncGenerator<StoredEntry[]> {
  let upper = span.upper;
  for (let size = 100; ; size = Math.min(size * 4, 6400)) {
    // A transaction per batch: opening sealed entries between batches awaits WebCrypto,
    // and a transaction does not survive an await on anything but its own requests.
    const batch = await newestBelow(db, size, upper, span.lower);
    if (batch.length) yield batch;
    if (batch.length < size) return;
    upper = createdKey(batch[batch.length - 1]!);
  }
}

/**
 * One page of the entries a filter lets through, newest first. Unfiltered, this is the
 * key-range page. Filtered, the dates' span is read newest first and reading stops as soon as
 * the page (plus one, to know there is more) is full: a common word costs a batch or two, a
 * rare one at worst one pass over the span.
 */
export async function findEntries(
  db: JournalConnection,
  filter: JournalFilter,
  options: { limit: number; after?: PageCursor },
  open: Opener,
): Promise<Page> {
  if (!isFiltered(filter)) return pageEntries(db, options, open);
  const span = spanFor(filter, options.after);
  if (span === 'empty') return { entries: [] };
  const test = compileFilter(filter);
  const entries: Entry[] = [];
  search: for await (const records of newestFirst(db, span)) {
    const batch = await Promise.all(records.map((record) => open.entry(record)));
    for (const entry of batch) {
      if (test(entry)) entries.push(entry);
      if (entries.length > options.limit) break search;
    }
  }
  if (entries.length <= options.limit) return { entries };
  entries.length = options.limit;
  const last = entries[entries.length - 1]!;
  return { entries, next: [last.createdAt, last.id] };
}
