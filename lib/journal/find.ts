import type { JournalConnection } from './db';
import { compileFilter } from './filters';
import { dayEnd, dayStart, isFiltered, type JournalFilter } from './query';
import { pageEntries, type Page, type PageCursor } from './repo';
import type { Entry } from './schema';

/** The [createdAt, id] key range a filter's dates allow, below the cursor when paging on. */
function rangeFor(filter: JournalFilter, after?: PageCursor): IDBKeyRange | null {
  const lower: [number, string] | undefined = filter.from ? [dayStart(filter.from), ''] : undefined;
  // Ids are strings, and every string sorts after ''; [end, ''] is therefore past the whole day.
  const end: [number, string] | undefined = filter.to ? [dayEnd(filter.to), ''] : undefined;
  // Of the two upper bounds (the day's end and the paging cursor), the lower one wins.
  const upper = after && (!end || indexedDB.cmp(after, end) < 0) ? after : end;
  try {
    if (lower && upper) return IDBKeyRange.bound(lower, upper, false, true);
    if (lower) return IDBKeyRange.lowerBound(lower);
    if (upper) return IDBKeyRange.upperBound(upper, true);
  } catch {
    // `from` after `to`: an empty range. IDBKeyRange.bound throws rather than being empty.
    return IDBKeyRange.only([-1, '']);
  }
  return null;
}

/**
 * One page of the entries a filter lets through, newest first. Unfiltered, this is the
 * key-range page. Filtered, a cursor walks the dates' key range and stops as soon as the page
 * (plus one, to know there is more) is full, so a common word costs a few dozen reads and a
 * rare one at worst one pass over the range.
 */
export async function findEntries(
  db: JournalConnection,
  filter: JournalFilter,
  options: { limit: number; after?: PageCursor },
): Promise<Page> {
  if (!isFiltered(filter)) return pageEntries(db, options);
  const test = compileFilter(filter);
  const entries: Entry[] = [];
  const index = db.transaction('entries').store.index('by-created');
  let cursor = await index.openCursor(rangeFor(filter, options.after), 'prev');
  while (cursor && entries.length <= options.limit) {
    if (test(cursor.value)) entries.push(cursor.value);
    cursor = await cursor.continue();
  }
  if (entries.length <= options.limit) return { entries };
  entries.pop();
  const last = entries[entries.length - 1]!;
  return { entries, next: [last.createdAt, last.id] };
}
