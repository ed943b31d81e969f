import type { JournalConnection } from '../store/open';
import { compileRowFilter, toSearchRow, type SearchRow } from './filters';
import type { JournalFilter } from './query';
import type { Page, PageCursor } from '../store/entries';
import type { Opener } from '../lock/codec';
import { countStored, getStored, storedBetween } from '../store/packs';

/**
 * Above this many entries the page keeps no index in memory (it would hold a copy of every
 * word) and searches read the database instead (find.ts), which stays correct, only slower.
 */
export const MAX_INDEXED_ENTRIES = 25_000;

/**
 * A search index: every entry's searchable fields, folded once, newest first. Built from one
 * read of the journal so each search afterwards is a pass over memory plus one read of the
 * page it shows. It is a snapshot: drop it when the journal changes (onJournalChanged).
 */
export async function buildSearchIndex(
  db: JournalConnection,
  open: Opener,
): Promise<SearchRow[] | undefined> {
  const store = db.transaction('packs').store;
  if ((await countStored(store)) > MAX_INDEXED_ENTRIES) return undefined;
  const records = await storedBetween(store, null);
  // Sealed entries are opened here, into this page's memory only: nothing is written back.
  const entries = await Promise.all(records.map((record) => open.entry(record)));
  return entries.reverse().map(toSearchRow);
}

/** True when the row comes strictly before (is older than) the paging cursor. */
function olderThan(row: SearchRow, [createdAt, id]: PageCursor): boolean {
  return row.createdAt < createdAt || (row.createdAt === createdAt && row.id < id);
}

/** One page of a filter's results through the index: the same answer as findEntries. */
export async function findInIndex(
  db: JournalConnection,
  rows: readonly SearchRow[],
  filter: JournalFilter,
  options: { limit: number; after?: PageCursor },
  open: Opener,
): Promise<Page> {
  const test = compileRowFilter(filter);
  const hits: SearchRow[] = [];
  for (const row of rows) {
    if (options.after && !olderThan(row, options.after)) continue;
    if (test(row)) hits.push(row);
    if (hits.length > options.limit) break;
  }
  const more = hits.length > options.limit;
  if (more) hits.length = options.limit;
  const store = db.transaction('packs').store;
  const found = await Promise.all(hits.map((row) => getStored(store, row.id)));
  const entries = await Promise.all(
    found.filter((record) => record !== undefined).map((record) => open.entry(record)),
  );
  const last = hits[hits.length - 1];
  return more && last ? { entries, next: [last.createdAt, last.id] } : { entries };
}
