import { openDB, type IDBPDatabase } from 'idb';
import { JournalError } from '../errors';
import { migrate } from './migrations';
import { DB_NAME, DB_VERSION, type JournalDB } from './schema';

export type JournalConnection = IDBPDatabase<JournalDB>;

let shared: Promise<JournalConnection> | undefined;

/**
 * Opens (and upgrades) the journal database.
 * - `blocked`: an older page still holds a connection; we reject with a reason instead of hanging.
 * - `blocking`: a newer Steady (after an update) wants to upgrade; we close so it can.
 * - `terminated`: the browser closed us (storage cleared); the next call opens afresh.
 */
export function openJournal(name = DB_NAME): Promise<JournalConnection> {
  return new Promise((resolve, reject) => {
    let settled = false;
    openDB<JournalDB>(name, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => migrate(db, oldVersion, tx),
      blocked: () => {
        settled = true;
        reject(new JournalError('blocked'));
      },
      blocking: () => {
        resetSharedJournal();
      },
      terminated: () => {
        shared = undefined;
      },
    }).then(
      (db) => {
        if (settled) db.close();
        else resolve(db);
      },
      (error: unknown) => reject(error),
    );
  });
}

/** One connection per page, opened on first use. */
export function getJournal(): Promise<JournalConnection> {
  if (!shared) {
    shared = openJournal();
    shared.catch(() => {
      shared = undefined;
    });
  }
  return shared;
}

/** Closes the page's connection (used on `blocking`, and by tests between cases). */
export function resetSharedJournal(): void {
  const current = shared;
  shared = undefined;
  void current?.then((db) => db.close()).catch(() => undefined);
}
