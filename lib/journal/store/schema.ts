import type { DBSchema } from 'idb';
import type { EntryKind } from '../entry/types';
import type { LockRecord, StoredEntry, StoredPause } from '../lock/records';
import type { Ride } from '../../urges/ride';

/** The database's name and its one version number. Bump the version only together with a step in migrations.ts. */
export const DB_NAME = 'steady-journal';
export const DB_VERSION = 5;

/**
 * Version history (keep each old shape here when a step reshapes records):
 * - 1: `entries` with indexes by-created and by-kind.
 * - 2: adds `pauses` (PauseEvent, index by-at). Entries are unchanged.
 * - 3: adds `lock` (the privacy lock's one record). With the lock on, entries and pauses are
 *   stored sealed (lock/records.ts): the same keys and indexes, their content encrypted.
 * - 4: adds `rides` (lib/urges/ride.ts: riding out an urge, times and strengths only; index
 *   by-started). Nothing else changes.
 * - 5: `entries` becomes `packs` (store/packs.ts): entries are kept up to PACK_SIZE to a record,
 *   so that an import of 100,000 writes a thousand records, not 100,000 (IndexedDB's cost is
 *   per record, not per byte). Each entry is the same StoredEntry as before, sealed or not; the
 *   old store is packed in created order by the upgrade and removed.
 */

/** A run of entries stored as one record; its key is the [createdAt, id] of its oldest entry. */
export interface EntryPack {
  first: [number, string];
  entries: StoredEntry[];
  /** Index keys, one per entry (an index cannot reach inside `entries`). */
  created: [number, string][];
  kinds: EntryKind[];
}

/**
 * Where ids are: one of 256 records in the packs store (key 'dir:00' to 'dir:ff'), mapping
 * each id that hashes to it to its entry's createdAt (store/packs.ts).
 */
export interface IdBucket {
  first: string;
  at: Map<string, number>;
}

/** The v1–v4 store, for the upgrade to 5 only. */
export const OLD_ENTRIES = 'entries';

export interface JournalDB extends DBSchema {
  packs: {
    key: [number, string] | string;
    value: EntryPack | IdBucket;
    indexes: {
      /** [createdAt, id] of each entry: a total order, so paging never skips or repeats one. */
      'by-created': [number, string];
      'by-kind': EntryKind;
    };
  };
  pauses: {
    key: string;
    value: StoredPause;
    indexes: { 'by-at': number };
  };
  lock: {
    key: string;
    value: LockRecord;
  };
  rides: {
    key: string;
    value: Ride;
    indexes: { 'by-started': number };
  };
}
