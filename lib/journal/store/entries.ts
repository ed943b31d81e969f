import type { Entry } from '../entry/types';
import type { Opener } from '../lock/codec';
import type { StoredEntry } from '../lock/records';
import type { JournalConnection } from './open';

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
  const record = await db.get('entries', id);
  return record && open.entry(record);
}

/** The entries with these ids that are still there, in the same order, in one read. */
export async function getEntries(
  db: JournalConnection,
  ids: readonly string[],
  open: Opener,
): Promise<Entry[]> {
  const store = db.transaction('entries').store;
  const records = await Promise.all(ids.map((id) => store.get(id)));
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
  const range = options.after ? IDBKeyRange.upperBound(options.after, true) : null;
  const records: StoredEntry[] = [];
  // Read one more than asked for: its presence is how we know there is a next page.
  let cursor = await db.transaction('entries').store.index('by-created').openCursor(range, 'prev');
  while (cursor && records.length <= options.limit) {
    records.push(cursor.value);
    cursor = await cursor.continue();
  }
  // Opened after the cursor is done: a transaction does not outlive an await on anything else.
  const entries = await Promise.all(records.map((record) => open.entry(record)));
  if (entries.length <= options.limit) return { entries };
  entries.pop();
  const last = entries[entries.length - 1];
  return last ? { entries, next: [last.createdAt, last.id] } : { entries };
}

export function countEntries(db: JournalConnection): Promise<number> {
  return db.count('entries');
}
