import { JournalError } from '../errors';
import type { Entry, EntryContent } from '../entry/types';
import { changedEntry, newEntry, type NewEntry } from '../entry/write';
import type { Codec, Opener, Sealer } from '../lock/codec';
import type { StoredEntry } from '../lock/records';
import type { JournalConnection } from './open';
import { addStored, changeStored, deleteStored, getStored, putStored } from './packs';

/**
 * Every write of an entry, through the one schema (entry/write.ts). Failures are left as they
 * are (a JournalError from the check, or what IndexedDB threw): the door (door.ts) turns
 * them into one JournalError, once. The door loads this on the first save, so a page that
 * only reads (the new tab, until a note is saved) does not ship the checks.
 */

export async function addEntry(
  db: JournalConnection,
  input: NewEntry,
  seal: Sealer,
  now = Date.now(),
): Promise<Entry> {
  const entry = newEntry(input, now);
  await addOne(db, await seal.entry(entry));
  return entry;
}

/**
 * Changes what the user wrote or chose; the kind and creation time never change. With `seen`
 * (the updatedAt the editor started from), an entry changed meanwhile in another tab is not
 * overwritten: the write fails with 'conflict' and the caller keeps both versions.
 */
export async function updateEntry(
  db: JournalConnection,
  id: string,
  patch: Partial<EntryContent>,
  codec: Codec,
  now = Date.now(),
  seen?: number,
): Promise<Entry> {
  const record = await getStored(db.transaction('packs').store, id);
  if (!record) throw new JournalError('not-found');
  if (seen !== undefined && record.updatedAt !== seen) throw new JournalError('conflict');
  const updated = changedEntry(await codec.open.entry(record), patch, now);
  const stored = await codec.seal.entry(updated);
  // Opening and sealing take awaits no transaction survives, so the write is a compare and
  // swap: it lands only if nobody changed the entry since it was read.
  const tx = db.transaction('packs', 'readwrite');
  let failure: JournalError | undefined;
  await changeStored(tx.store, [id], (_id, latest) => {
    if (!latest) failure = new JournalError('not-found');
    else if (latest.updatedAt !== record.updatedAt) failure = new JournalError('conflict');
    return failure ? undefined : stored;
  });
  await tx.done;
  if (failure) throw failure;
  return updated;
}

/** Deletes and returns the entry, so the caller can offer Undo with `restoreEntry`. */
export async function deleteEntry(
  db: JournalConnection,
  id: string,
  open: Opener,
): Promise<Entry | undefined> {
  const tx = db.transaction('packs', 'readwrite');
  const current = await deleteStored(tx.store, id);
  await tx.done;
  // Opened for Undo; a sealed entry this page cannot open is still deleted, without Undo.
  return current && open.entry(current).catch(() => undefined);
}

/** Puts a deleted entry back exactly as it was (same id and times). */
export async function restoreEntry(
  db: JournalConnection,
  entry: Entry,
  seal: Sealer,
): Promise<void> {
  const record = await seal.entry(entry);
  const tx = db.transaction('packs', 'readwrite');
  await Promise.all([putStored(tx.store, record), tx.done]);
}

/** One new entry; fails (ConstraintError) if the id is taken, as before packs. */
async function addOne(db: JournalConnection, record: StoredEntry): Promise<void> {
  const tx = db.transaction('packs', 'readwrite');
  await Promise.all([addStored(tx.store, record), tx.done]);
}

/**
 * After a conflict: `edit` is kept as an entry of its own beside `original` (same kind and
 * creation time, a new id), so neither the other tab's version nor this one is lost.
 */
export async function addBeside(
  db: JournalConnection,
  original: Entry,
  edit: Partial<EntryContent>,
  seal: Sealer,
  now = Date.now(),
): Promise<Entry> {
  const { id: _id, createdAt, kind, updatedAt: _u, ...content } = original;
  const entry = { ...newEntry({ ...content, ...edit, kind }, now), createdAt };
  await addOne(db, await seal.entry(entry));
  return entry;
}
