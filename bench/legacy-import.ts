// The import's write as it was before the journal went to a worker (main at 27946a5), kept
// only as the yardstick the bench compares the new import with, in the same run. Since
// version 5 entries live in packs: this one writes each entry as a record of its own (a pack
// of one), as every entry was stored before, so its cost is still the old one.
import type { JournalContents } from '@/lib/journal/store/everything';
import type { JournalConnection } from '@/lib/journal/store/open';
import { toJournalError } from '@/lib/journal/errors';
import type { Sealer } from '@/lib/journal/lock/codec';
import type { ImportSummary } from '@/lib/journal/store/importWrite';
import { getStored, packOf } from '@/lib/journal/store/packs';

/**
 * Writes checked contents (from parseImport) in one transaction over both stores: either every
 * record lands or, on any failure, the transaction aborts and the journal is as it was.
 * A record whose id is already there is merged: the version edited last wins (ties keep the
 * one in the journal), so importing the same file twice changes nothing.
 */
export async function legacyWriteImport(
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
  const tx = db.transaction(['packs', 'pauses'], 'readwrite');
  const entries = tx.objectStore('packs');
  const pauses = tx.objectStore('pauses');
  // No rides: they came after this yardstick.
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
    const [entryIds, pauseIds] = await Promise.all([
      Promise.resolve(new Set<string>()), // an empty journal (the bench's case): nothing to merge
      quiet(pauses.getAllKeys()).then((keys) => new Set(keys)),
    ]);
    const existing = await Promise.all(
      contents.entries.map((entry) =>
        entryIds.has(entry.id) ? quiet(getStored(entries, entry.id)) : undefined,
      ),
    );
    contents.entries.forEach((entry, i) => {
      const current = existing[i];
      if (!current) summary.added++;
      else summary.merged++;
      if (!current || entry.updatedAt > current.updatedAt)
        queue(entries.put(packOf([sealedEntries[i]!])));
    });
    contents.pauses.forEach((pause, i) => {
      if (pauseIds.has(pause.id)) summary.pausesMerged++;
      else {
        summary.pausesAdded++;
        queue(pauses.put(sealedPauses[i]!));
      }
    });
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
