import type { DBSchema } from 'idb';
import type { Entry, EntryKind, PauseEvent } from '../entry/types';

/** The database's name and its one version number. Bump the version only together with a step in migrations.ts. */
export const DB_NAME = 'steady-journal';
export const DB_VERSION = 2;

/**
 * Version history (keep each old shape here when a step reshapes records):
 * - 1: `entries` with indexes by-created and by-kind.
 * - 2: adds `pauses` (PauseEvent, index by-at). Entries are unchanged.
 */
export interface JournalDB extends DBSchema {
  entries: {
    key: string;
    value: Entry;
    indexes: {
      /** [createdAt, id]: a total order, so paging by key range never skips or repeats an entry. */
      'by-created': [number, string];
      'by-kind': EntryKind;
    };
  };
  pauses: {
    key: string;
    value: PauseEvent;
    indexes: { 'by-at': number };
  };
}
