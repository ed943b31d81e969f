import type { JournalConnection } from './open';
import type { Entry, PauseEvent } from '../entry/types';

export interface JournalContents {
  entries: Entry[];
  pauses: PauseEvent[];
}

/** Every entry (oldest first, by [createdAt, id]) and every pause (oldest first), in one read. */
export async function readEverything(db: JournalConnection): Promise<JournalContents> {
  const tx = db.transaction(['entries', 'pauses']);
  const [entries, pauses] = await Promise.all([
    tx.objectStore('entries').index('by-created').getAll(),
    tx.objectStore('pauses').index('by-at').getAll(),
  ]);
  await tx.done;
  return { entries, pauses };
}

export async function countEverything(
  db: JournalConnection,
): Promise<{ entries: number; pauses: number }> {
  const tx = db.transaction(['entries', 'pauses']);
  const [entries, pauses] = await Promise.all([
    tx.objectStore('entries').count(),
    tx.objectStore('pauses').count(),
  ]);
  return { entries, pauses };
}

/** Empties the journal: every entry and every pause record, in one transaction. */
export async function clearEverything(db: JournalConnection): Promise<void> {
  const tx = db.transaction(['entries', 'pauses'], 'readwrite');
  await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('pauses').clear(), tx.done]);
}
