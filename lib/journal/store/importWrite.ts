import { unwrap } from 'idb';
import type { JournalContents } from './everything';
import type { JournalConnection } from './open';
import { toJournalError } from '../errors';
import type { Sealer } from '../lock/codec';
import type { StoredEntry, StoredPause } from '../lock/records';
import type { Ride } from '../../urges/ride';

export interface ImportSummary {
  /** Entries that were not in the journal before. */
  added: number;
  /** Entries already in the journal (same id): merged, the newer edit kept, never duplicated. */
  merged: number;
  pausesAdded: number;
  pausesMerged: number;
  ridesAdded: number;
}

/** How often (in records written) an import says how far it has got. */
const PROGRESS_EVERY = 2_000;

/**
 * Writes checked contents (from parseImport) in one transaction over its stores: either every
 * record lands or, on any failure, the transaction aborts and the journal is as it was.
 * A record whose id is already there is merged: the version edited last wins (ties keep the
 * one in the journal), so importing the same file twice changes nothing.
 *
 * Measured (docs/benchmarks.md): the time is IndexedDB's, about a fifth of a millisecond per
 * record however small the record, so the puts go out as plain requests (no promise each) with
 * relaxed durability (the commit does not wait for the disk to flush; all-or-nothing holds),
 * and progress is counted from their success events. Run it in a worker (importWorker.ts): it
 * then holds up no page.
 */
export async function writeImport(
  db: JournalConnection,
  contents: JournalContents,
  seal: Sealer,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportSummary> {
  // With the lock on, every record is sealed before the transaction (which cannot wait on
  // anything but its own requests); an import never writes a word plainly while locked.
  const [sealedEntries, sealedPauses]: [StoredEntry[], StoredPause[]] = seal.on
    ? await Promise.all([
        Promise.all(contents.entries.map((entry) => seal.entry(entry))),
        Promise.all(contents.pauses.map((pause) => seal.pause(pause))),
      ])
    : [contents.entries, contents.pauses];
  const tx = db.transaction(['entries', 'pauses', 'rides'], 'readwrite', {
    durability: 'relaxed',
  });
  const summary: ImportSummary = {
    added: 0,
    merged: 0,
    pausesAdded: 0,
    pausesMerged: 0,
    ridesAdded: 0,
  };
  tx.done.catch(() => undefined);
  try {
    const entries = tx.objectStore('entries');
    const pauses = tx.objectStore('pauses');
    const rides = tx.objectStore('rides');
    // One read of the ids already here (keys only: cheap), then a read of just those records:
    // an import into an empty journal is nothing but writes.
    const [entryIds, pauseIds, rideIds] = await Promise.all([
      entries.getAllKeys().then((keys) => new Set(keys)),
      pauses.getAllKeys().then((keys) => new Set(keys)),
      rides.getAllKeys().then((keys) => new Set(keys)),
    ]);
    const existing = await Promise.all(
      contents.entries.map((entry) => (entryIds.has(entry.id) ? entries.get(entry.id) : undefined)),
    );
    const puts: [IDBObjectStore, StoredEntry | StoredPause | Ride][] = [];
    const rawEntries = unwrap(entries);
    const rawPauses = unwrap(pauses);
    contents.entries.forEach((entry, i) => {
      const current = existing[i];
      if (!current) summary.added++;
      else summary.merged++;
      if (!current || entry.updatedAt > current.updatedAt)
        puts.push([rawEntries, sealedEntries[i]!]);
    });
    contents.pauses.forEach((pause, i) => {
      if (pauseIds.has(pause.id)) summary.pausesMerged++;
      else {
        summary.pausesAdded++;
        puts.push([rawPauses, sealedPauses[i]!]);
      }
    });
    // A ride already here is the same ride (it is only ever written by the one page or pause
    // that rode it): it is left as it is.
    const rawRides = unwrap(rides);
    for (const ride of contents.rides ?? []) {
      if (rideIds.has(ride.id)) continue;
      summary.ridesAdded++;
      puts.push([rawRides, ride]);
    }
    let done = 0;
    const total = puts.length;
    onProgress?.(0, total);
    const counted = () => {
      if (++done % PROGRESS_EVERY === 0 || done === total) onProgress?.(done, total);
    };
    // A failed put aborts the transaction, and tx.done rejects with its error: reported once.
    for (const [store, record] of puts) store.put(record).onsuccess = counted;
    await tx.done;
    return summary;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    throw toJournalError(error);
  }
}
