import type { JournalConnection } from './open';
import type { Entry, PauseEvent } from '../entry/types';
import type { Opener } from '../lock/codec';
import type { Ride } from '../../urges/ride';

export interface JournalContents {
  entries: Entry[];
  pauses: PauseEvent[];
  /** Urges ridden out (lib/urges), oldest first. Absent is none (a journal read in part). */
  rides?: Ride[];
}

/** Every entry (oldest first, by [createdAt, id]), every pause and every ride, in one read. */
export async function readEverything(
  db: JournalConnection,
  open: Opener,
): Promise<JournalContents> {
  const tx = db.transaction(['entries', 'pauses', 'rides']);
  const [entries, pauses, rides] = await Promise.all([
    tx.objectStore('entries').index('by-created').getAll(),
    tx.objectStore('pauses').index('by-at').getAll(),
    tx.objectStore('rides').index('by-started').getAll(),
  ]);
  await tx.done;
  return {
    entries: await Promise.all(entries.map((record) => open.entry(record))),
    pauses: await Promise.all(pauses.map((record) => open.pause(record))),
    rides,
  };
}

export async function countEverything(
  db: JournalConnection,
): Promise<{ entries: number; pauses: number; rides: number }> {
  const tx = db.transaction(['entries', 'pauses', 'rides']);
  const [entries, pauses, rides] = await Promise.all([
    tx.objectStore('entries').count(),
    tx.objectStore('pauses').count(),
    tx.objectStore('rides').count(),
  ]);
  return { entries, pauses, rides };
}

/** Empties the journal: every entry, pause and ride, and the lock's keys, in one transaction. */
export async function clearEverything(db: JournalConnection): Promise<void> {
  const tx = db.transaction(['entries', 'pauses', 'rides', 'lock'], 'readwrite');
  await Promise.all([
    tx.objectStore('entries').clear(),
    tx.objectStore('pauses').clear(),
    tx.objectStore('rides').clear(),
    tx.objectStore('lock').clear(),
    tx.done,
  ]);
}
