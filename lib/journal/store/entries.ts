import type { Entry } from '../entry/types';
import type { Opener } from '../lock/codec';
import type { StoredEntry } from '../lock/records';
import type { JournalConnection } from './open';
import { countStored, getStored, storedBetween } from './packs';

/** A place in the newest-first order: page after this key. */
export type PageCursor = [createdAt: number, id: string];

export interface Page {
  entries: Entry[];
  /** Pass back to get the next (older) page; absent on the last page. */
  next?: PageCursor;
}

export async function getEntry(
  db: JournalConnection,
  id: string,
  open: Opener,
): Promise<Entry | undefined> {
  const record = await getStored(db.transaction('packs').store, id);
  return record && open.entry(record);
}

/** The entries with these ids that are still there, in the same order, in one read. */
export async function getEntries(
  db: JournalConnection,
  ids: readonly string[],
  open: Opener,
): Promise<Entry[]> {
  const store = db.transaction('packs').store;
  const records = await Promise.all(ids.map((id) => getStored(store, id)));
  return Promise.all(
    records.filter((record) => record !== undefined).map((record) => open.entry(record)),
  );
}

/**
 * Newest first, `limit` at a time, read by key range on [createdAt, id]: the cost of a page
 * does not grow with the size of the journal, and entries added meanwhile never shift a page.
 */
export async function pageEntries(
  db: JournalConnection,
  options: { limit: number; after?: PageCursor },
  open: Opener,
): Promise<Page> {
  const records = await newestBelow(db, options.limit + 1, options.after);
  // Opened after the cursor is done: a transaction does not outlive an await on anything else.
  const entries = await Promise.all(records.map((record) => open.entry(record)));
  if (entries.length <= options.limit) return { entries };
  entries.pop();
  const last = entries[entries.length - 1];
  return last ? { entries, next: [last.createdAt, last.id] } : { entries };
}

export function countEntries(db: JournalConnection): Promise<number> {
  return countStored(db.transaction('packs').store);
}

/**
 * Up to `limit` entries older than `after` (all, without it), newest first, in two requests
 * and a few: a key cursor jumps `limit` keys back (no values read), then one read of the span.
 */
export async function newestBelow(
  db: JournalConnection,
  limit: number,
  after?: PageCursor,
  lower?: PageCursor,
): Promise<StoredEntry[]> {
  const store = db.transaction('packs').store;
  const span = (low?: PageCursor) =>
    low && after
      ? IDBKeyRange.bound(low, after, false, true)
      : low
        ? IDBKeyRange.lowerBound(low)
        : after
          ? IDBKeyRange.upperBound(after, true)
          : null;
  const keys = await store.index('by-created').openKeyCursor(span(lower), 'prev');
  if (!keys) return [];
  const edge = limit > 1 ? await keys.advance(limit - 1) : keys;
  // No key that far back: everything left in the span is fewer than `limit`.
  const records = await storedBetween(store, span(edge ? (edge.key as PageCursor) : lower));
  return records.reverse();
}
