import type { Entry } from '../entry/types';
import type { JournalConnection } from './open';

/** A place in the newest-first order: page after this key. */
export type PageCursor = [createdAt: number, id: string];

export interface Page {
  entries: Entry[];
  /** Pass back to get the next (older) page; absent on the last page. */
  next?: PageCursor;
}

export function getEntry(db: JournalConnection, id: string): Promise<Entry | undefined> {
  return db.get('entries', id);
}

/**
 * Newest first, `limit` at a time, read by key range on [createdAt, id]: the cost of a page
 * does not grow with the size of the journal, and entries added meanwhile never shift a page.
 */
export async function pageEntries(
  db: JournalConnection,
  options: { limit: number; after?: PageCursor },
): Promise<Page> {
  const range = options.after ? IDBKeyRange.upperBound(options.after, true) : null;
  const entries: Entry[] = [];
  // Read one more than asked for: its presence is how we know there is a next page.
  let cursor = await db.transaction('entries').store.index('by-created').openCursor(range, 'prev');
  while (cursor && entries.length <= options.limit) {
    entries.push(cursor.value);
    cursor = await cursor.continue();
  }
  if (entries.length <= options.limit) return { entries };
  entries.pop();
  const last = entries[entries.length - 1];
  return last ? { entries, next: [last.createdAt, last.id] } : { entries };
}

export function countEntries(db: JournalConnection): Promise<number> {
  return db.count('entries');
}
