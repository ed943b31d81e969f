import { JournalError, toJournalError } from './errors';
import type { JournalConnection } from './db';
import type { Entry, EntryContent } from './schema';
import { validateContent, type NewEntry } from './validate';

/** A place in the newest-first order: page after this key. */
export type PageCursor = [createdAt: number, id: string];

export interface Page {
  entries: Entry[];
  /** Pass back to get the next (older) page; absent on the last page. */
  next?: PageCursor;
}

function newId(): string {
  return crypto.randomUUID();
}

/** Runs a write and turns any IndexedDB failure into a JournalError with a reason. */
async function write<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toJournalError(error);
  }
}

export async function addEntry(
  db: JournalConnection,
  input: NewEntry,
  now = Date.now(),
): Promise<Entry> {
  const content = validateContent(input.kind, input);
  const entry: Entry = {
    id: newId(),
    kind: input.kind,
    createdAt: now,
    updatedAt: now,
    ...content,
  };
  await write(() => db.add('entries', entry));
  return entry;
}

export function getEntry(db: JournalConnection, id: string): Promise<Entry | undefined> {
  return db.get('entries', id);
}

/** Changes what the user wrote or chose; the kind and creation time never change. */
export async function updateEntry(
  db: JournalConnection,
  id: string,
  patch: Partial<EntryContent>,
  now = Date.now(),
): Promise<Entry> {
  return write(async () => {
    const tx = db.transaction('entries', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) throw new JournalError('not-found');
    const content = validateContent(current.kind, { ...current, ...patch });
    const updated: Entry = { ...current, ...content, updatedAt: Math.max(now, current.updatedAt) };
    // Optional fields cleared in the patch (set to undefined) must not linger from `current`.
    for (const key of Object.keys(patch) as (keyof EntryContent)[]) {
      if (patch[key] === undefined) delete updated[key];
    }
    await tx.store.put(updated);
    await tx.done;
    return updated;
  });
}

/** Deletes and returns the entry, so the caller can offer Undo with `restoreEntry`. */
export async function deleteEntry(db: JournalConnection, id: string): Promise<Entry | undefined> {
  return write(async () => {
    const tx = db.transaction('entries', 'readwrite');
    const current = await tx.store.get(id);
    if (current) await tx.store.delete(id);
    await tx.done;
    return current;
  });
}

/** Puts a deleted entry back exactly as it was (same id and times). */
export async function restoreEntry(db: JournalConnection, entry: Entry): Promise<void> {
  await write(() => db.put('entries', entry));
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
