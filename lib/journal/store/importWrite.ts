import type { JournalContents } from './everything';
import type { JournalConnection } from './open';
import { toJournalError } from '../errors';
import type { Sealer } from '../lock/codec';

export interface ImportSummary {
  /** Entries that were not in the journal before. */
  added: number;
  /** Entries already in the journal (same id): merged, the newer edit kept, never duplicated. */
  merged: number;
  pausesAdded: number;
  pausesMerged: number;
  ridesAdded: number;
}

/**
 * Writes checked contents (from parseImport) in one transaction over both stores: either every
 * record lands or, on any failure, the transaction aborts and the journal is as it was.
 * A record whose id is already there is merged: the version edited last wins (ties keep the
 * one in the journal), so importing the same file twice changes nothing.
 */
export async function writeImport(
  db: JournalConnection,
  contents: JournalContents,
  seal: Sealer,
): Promise<ImportSummary> {
  // With the lock on, every record is sealed before the transaction (which cannot wait on
  // anything but its own requests); an import never writes a word plainly while locked.
  const [sealedEntries, sealedPauses] = seal.on
    ? await Promise.all([
        Promise.all(contents.entries.map((entry) => seal.entry(entry))),
        Promise.all(contents.pauses.map((pause) => seal.pause(pause))),
      ])
    : [contents.entries, contents.pauses];
  const tx = db.transaction(['entries', 'pauses', 'rides'], 'readwrite');
  const entries = tx.objectStore('entries');
  const pauses = tx.objectStore('pauses');
  const rides = tx.objectStore('rides');
  const summary: ImportSummary = {
    added: 0,
    merged: 0,
    pausesAdded: 0,
    pausesMerged: 0,
    ridesAdded: 0,
  };
  const writes: Promise<unknown>[] = [];
  // A failure is reported once, below; the requests it cuts short need no report of their own.
  const quiet = <T>(request: Promise<T>): Promise<T> => {
    request.catch(() => undefined);
    return request;
  };
  const queue = (request: Promise<unknown>) => writes.push(quiet(request));
  tx.done.catch(() => undefined);
  try {
    // One read of the ids already here (keys only: cheap), then a read of just those records:
    // an import into an empty journal is nothing but writes.
    const [entryIds, pauseIds, rideIds] = await Promise.all([
      quiet(entries.getAllKeys()).then((keys) => new Set(keys)),
      quiet(pauses.getAllKeys()).then((keys) => new Set(keys)),
      quiet(rides.getAllKeys()).then((keys) => new Set(keys)),
    ]);
    const existing = await Promise.all(
      contents.entries.map((entry) =>
        entryIds.has(entry.id) ? quiet(entries.get(entry.id)) : undefined,
      ),
    );
    contents.entries.forEach((entry, i) => {
      const current = existing[i];
      if (!current) summary.added++;
      else summary.merged++;
      if (!current || entry.updatedAt > current.updatedAt) queue(entries.put(sealedEntries[i]!));
    });
    contents.pauses.forEach((pause, i) => {
      if (pauseIds.has(pause.id)) summary.pausesMerged++;
      else {
        summary.pausesAdded++;
        queue(pauses.put(sealedPauses[i]!));
      }
    });
    // A ride already here is the same ride (it is only ever written by the one page or pause
    // that rode it): it is left as it is.
    for (const ride of contents.rides ?? []) {
      if (rideIds.has(ride.id)) continue;
      summary.ridesAdded++;
      queue(rides.put(ride));
    }
    await Promise.all([...writes, tx.done]);
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
