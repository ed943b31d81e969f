import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredEntry } from '../lock/records';
import { directoryOf, packsOf } from './packs';
import { OLD_ENTRIES, type EntryPack, type IdBucket, type JournalDB } from './schema';

type UpgradeTx = IDBPTransaction<JournalDB, StoreNames<JournalDB>[], 'versionchange'>;

/**
 * Ordered, cumulative upgrade steps. Each `if (oldVersion < N)` runs once, in order, inside the
 * upgrade transaction only (never a second transaction: that would deadlock the upgrade).
 * A database at version 0 (new) runs every step; one at version 1 runs the steps after 1.
 * When a step reshapes records, keep the old record type beside the new one in schema.ts.
 */
export function migrate(db: IDBPDatabase<JournalDB>, oldVersion: number, tx: UpgradeTx): void {
  // Version 1's entries store is no longer made: a new journal starts with packs (step 5).
  if (oldVersion < 2) {
    const pauses = db.createObjectStore('pauses', { keyPath: 'id' });
    pauses.createIndex('by-at', 'at');
  }
  if (oldVersion < 3) db.createObjectStore('lock', { keyPath: 'id' });
  if (oldVersion < 4) {
    db.createObjectStore('rides', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
  }
  if (oldVersion < 5) {
    const packs = db.createObjectStore('packs', { keyPath: 'first' });
    packs.createIndex('by-created', 'created', { multiEntry: true });
    packs.createIndex('by-kind', 'kinds', { multiEntry: true });
    if (oldVersion >= 1) packOldEntries(db, tx);
  }
}

/** Old records read per request, and packs written per request turn, during the upgrade. */
const READ_BATCH = 2_000;
const WRITE_BATCH = 10;

/**
 * Moves every entry of the old store into packs, oldest first, and removes the store, inside
 * the upgrade transaction: if anything fails the upgrade aborts and the journal stays at the
 * old version, whole. Plain requests (the old store is no longer in the typed schema).
 *
 * In steps, each its own task: the old records are read a batch at a time, and the packs are
 * written a few per request, the next few when the last of them is done (a request made from
 * a request's callback keeps the transaction alive). One read of everything and one burst of
 * writes held the page for 1.5 s at 100,000 entries in Chromium (`npm run bench:journal`).
 */
function packOldEntries(db: IDBPDatabase<JournalDB>, tx: UpgradeTx): void {
  const raw = unwrap(tx);
  const old = raw.objectStore(OLD_ENTRIES);
  const packs = raw.objectStore('packs');
  const records: StoredEntry[] = [];
  const finish = () => unwrap(db).deleteObjectStore(OLD_ENTRIES);
  const write = () => {
    const queue: (EntryPack | IdBucket)[] = [...packsOf(records), ...directoryOf(records)];
    let next = 0;
    const putSome = () => {
      let last: IDBRequest | undefined;
      for (const end = Math.min(queue.length, next + WRITE_BATCH); next < end; next++) {
        last = packs.put(queue[next]);
      }
      if (last && next < queue.length) last.onsuccess = putSome;
      else finish();
    };
    putSome();
  };
  const readAfter = (key?: IDBValidKey) => {
    const read = old.getAll(
      key === undefined ? null : IDBKeyRange.lowerBound(key, true),
      READ_BATCH,
    );
    read.onsuccess = () => {
      const batch = read.result as StoredEntry[];
      for (const record of batch) records.push(keyable(record));
      // The old store's key is the id as it was stored, before keyable() made it text.
      if (batch.length === READ_BATCH) readAfter(batch[batch.length - 1]!.id as IDBValidKey);
      else write();
    };
  };
  readAfter();
}

/**
 * Version 4 took any record with an id; a pack needs a string id and a finite time to index
 * it. One odd old record must not stop the upgrade (the journal would never open again): it
 * is kept, with the id as text and, lacking a time, its edit time (or the epoch).
 */
function keyable(record: StoredEntry): StoredEntry {
  const createdAt = Number.isFinite(record.createdAt)
    ? record.createdAt
    : Number.isFinite(record.updatedAt)
      ? record.updatedAt
      : 0;
  return typeof record.id === 'string' && createdAt === record.createdAt
    ? record
    : { ...record, id: String(record.id), createdAt };
}
