import type { JournalContents } from './everything';
import type { Opener } from '../lock/codec';
import type { JournalConnection } from './open';
import { storedBetween } from './packs';

/**
 * Every entry written, pause made and urge ridden out in [start, end) (ms), oldest first, in one read by
 * key range: a summary of the last week costs the same in a journal of years as in one of days.
 */
export async function readRange(
  db: JournalConnection,
  start: number,
  end: number,
  open: Opener,
): Promise<JournalContents> {
  const tx = db.transaction(['packs', 'pauses', 'rides']);
  // [start] sorts before every [start, id], and [end] after every [end - 1, id]: the bounds
  // hold whole milliseconds whatever the ids are.
  const [entries, pauses, rides] = await Promise.all([
    storedBetween(tx.objectStore('packs'), IDBKeyRange.bound([start], [end], false, true)),
    tx
      .objectStore('pauses')
      .index('by-at')
      .getAll(IDBKeyRange.bound(start, end, false, true)),
    tx
      .objectStore('rides')
      .index('by-started')
      .getAll(IDBKeyRange.bound(start, end, false, true)),
  ]);
  await tx.done;
  // Sealed records open after the read (a transaction does not outlive other awaits).
  return {
    entries: await Promise.all(entries.map((record) => open.entry(record))),
    pauses: await Promise.all(pauses.map((record) => open.pause(record))),
    rides,
  };
}
