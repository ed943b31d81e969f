import type { JournalConnection } from './open';
import type { Entry, PauseEvent } from '../entry/types';
import type { Opener } from '../lock/codec';
import type { StoredEntry } from '../lock/records';
import { allPacks, byCreated, countStored, PACK_SIZE, storedBetween } from './packs';
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
  const tx = db.transaction(['packs', 'pauses', 'rides']);
  const [entries, pauses, rides] = await Promise.all([
    storedBetween(tx.objectStore('packs'), null),
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

/** Entries read per request by readEverythingCounted: a page of them, then the next. */
const READ_BATCH = 5_000;

/**
 * readEverything, for a large journal off the page's thread (the export's worker): the same
 * one transaction, so the same snapshot, but entries come in batches, each one announced, so
 * a person exporting 100,000 entries sees it move. Records are opened only after the
 * transaction (opening a sealed one awaits crypto, which no transaction survives).
 */
export async function readEverythingCounted(
  db: JournalConnection,
  open: Opener,
  onProgress: (done: number, total: number) => void,
  batchSize = READ_BATCH,
): Promise<JournalContents> {
  const tx = db.transaction(['packs', 'pauses', 'rides']);
  const store = tx.objectStore('packs');
  const [total, pauses, rides] = await Promise.all([
    countStored(store),
    tx.objectStore('pauses').index('by-at').getAll(),
    tx.objectStore('rides').index('by-started').getAll(),
  ]);
  const records: StoredEntry[] = [];
  onProgress(0, total);
  // Pack by pack in key order (a pack's key is its oldest entry), about batchSize entries a
  // request, sorted once at the end: packs overlap only where an import met older entries.
  let after: [number, string] | undefined;
  let packs = Math.max(1, Math.ceil(batchSize / PACK_SIZE));
  for (;;) {
    const batch = await allPacks(store, packs, after);
    const last = batch[batch.length - 1];
    if (!last) break;
    let read = 0;
    for (const pack of batch) {
      for (const record of pack.entries) records.push(record);
      read += pack.entries.length;
    }
    onProgress(Math.min(records.length, total), total);
    after = last.first;
    packs = Math.max(1, Math.round((batchSize * batch.length) / read));
  }
  records.sort(byCreated);
  await tx.done;
  return {
    entries: await Promise.all(records.map((record) => open.entry(record))),
    pauses: await Promise.all(pauses.map((record) => open.pause(record))),
    rides,
  };
}

export async function countEverything(
  db: JournalConnection,
): Promise<{ entries: number; pauses: number; rides: number }> {
  const tx = db.transaction(['packs', 'pauses', 'rides']);
  const [entries, pauses, rides] = await Promise.all([
    countStored(tx.objectStore('packs')),
    tx.objectStore('pauses').count(),
    tx.objectStore('rides').count(),
  ]);
  return { entries, pauses, rides };
}

/** Empties the journal: every entry, pause and ride, and the lock's keys, in one transaction. */
export async function clearEverything(db: JournalConnection): Promise<void> {
  const tx = db.transaction(['packs', 'pauses', 'rides', 'lock'], 'readwrite');
  await Promise.all([
    tx.objectStore('packs').clear(),
    tx.objectStore('pauses').clear(),
    tx.objectStore('rides').clear(),
    tx.objectStore('lock').clear(),
    tx.done,
  ]);
}
