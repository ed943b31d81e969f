import { unwrap } from 'idb';
import type { JournalContents } from './everything';
import type { JournalConnection } from './open';
import { toJournalError } from '../errors';
import type { Sealer } from '../lock/codec';
import type { StoredEntry, StoredPause } from '../lock/records';
import { addPacked, changeStored, countStored, storedBetween } from './packs';
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
 * record however small the record, so new entries go a hundred to a record (store/packs.ts),
 * the puts go out as plain requests (no promise each) with relaxed durability (the commit
 * does not wait for the disk to flush; all-or-nothing holds), and progress is counted in
 * entries from their success events. Run it in a worker (importWorker.ts): it then holds up
 * no page.
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
  const tx = db.transaction(['packs', 'pauses', 'rides'], 'readwrite', {
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
    const packs = tx.objectStore('packs');
    const pauses = tx.objectStore('pauses');
    const rides = tx.objectStore('rides');
    // The entries already here, read at once only if there are any (one getAll of packs):
    // an import into an empty journal is nothing but writes.
    const [entryCount, pauseIds, rideIds] = await Promise.all([
      countStored(packs),
      pauses.getAllKeys().then((keys) => new Set(keys)),
      rides.getAllKeys().then((keys) => new Set(keys)),
    ]);
    const existing = new Map(
      (entryCount ? await storedBetween(packs, null) : []).map((entry) => [entry.id, entry]),
    );
    const fresh: StoredEntry[] = [];
    const newer = new Map<string, StoredEntry>();
    contents.entries.forEach((entry, i) => {
      const current = existing.get(entry.id);
      if (!current) {
        summary.added++;
        fresh.push(sealedEntries[i]!);
      } else {
        summary.merged++;
        if (entry.updatedAt > current.updatedAt) newer.set(entry.id, sealedEntries[i]!);
      }
    });
    // Entries already here are changed where they are (their packs); new ones go in packs of
    // their own, PACK_SIZE to a record.
    await changeStored(packs, [...newer.keys()], (id) => newer.get(id));
    const puts: [IDBObjectStore, StoredPause | Ride][] = [];
    const rawPauses = unwrap(pauses);
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
    let done = newer.size;
    const total = newer.size + fresh.length + puts.length;
    let told = 0;
    onProgress?.(done, total);
    const counted = (records: number) => {
      done += records;
      if (done - told >= PROGRESS_EVERY || done === total) onProgress?.((told = done), total);
    };
    // A failed put aborts the transaction, and tx.done rejects with its error: reported once.
    await addPacked(packs, fresh, counted);
    for (const [store, record] of puts) store.put(record).onsuccess = () => counted(1);
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
