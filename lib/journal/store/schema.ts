import type { DBSchema } from 'idb';
import type { EntryKind } from '../entry/types';
import type { LockRecord, StoredEntry, StoredPause } from '../lock/records';
import type { Ride } from '../../urges/ride';

/** The database's name and its one version number. Bump the version only together with a step in migrations.ts. */
export const DB_NAME = 'steady-journal';
export const DB_VERSION = 4;

/**
 * Version history (keep each old shape here when a step reshapes records):
 * - 1: `entries` with indexes by-created and by-kind.
 * - 2: adds `pauses` (PauseEvent, index by-at). Entries are unchanged.
 * - 3: adds `lock` (the privacy lock's one record). With the lock on, entries and pauses are
 *   stored sealed (lock/records.ts): the same keys and indexes, their content encrypted.
 * - 4: adds `rides` (lib/urges/ride.ts: riding out an urge, times and strengths only; index
 *   by-started). Nothing else changes.
 */
export interface JournalDB extends DBSchema {
  entries: {
    key: string;
    value: StoredEntry;
    indexes: {
      /** [createdAt, id]: a total order, so paging by key range never skips or repeats an entry. */
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
