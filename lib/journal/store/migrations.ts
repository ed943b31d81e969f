import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { JournalDB } from './schema';

type UpgradeTx = IDBPTransaction<JournalDB, StoreNames<JournalDB>[], 'versionchange'>;

/**
 * Ordered, cumulative upgrade steps. Each `if (oldVersion < N)` runs once, in order, inside the
 * upgrade transaction only (never a second transaction: that would deadlock the upgrade).
 * A database at version 0 (new) runs every step; one at version 1 runs the steps after 1.
 * When a step reshapes records, keep the old record type beside the new one in schema.ts.
 */
export function migrate(db: IDBPDatabase<JournalDB>, oldVersion: number, _tx: UpgradeTx): void {
  if (oldVersion < 1) {
    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    entries.createIndex('by-created', ['createdAt', 'id']);
    entries.createIndex('by-kind', 'kind');
  }
  if (oldVersion < 2) {
    const pauses = db.createObjectStore('pauses', { keyPath: 'id' });
    pauses.createIndex('by-at', 'at');
  }
  if (oldVersion < 3) db.createObjectStore('lock', { keyPath: 'id' });
  if (oldVersion < 4) {
    db.createObjectStore('rides', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
  }
}
