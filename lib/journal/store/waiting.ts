import type { Entry } from '../entry/types';
import type { JournalConnection } from './open';

/** Every unsent message (the by-kind index): reminders are rebuilt from these at start-up. */
export function unsentEntries(db: JournalConnection): Promise<Entry[]> {
  return db.getAllFromIndex('entries', 'by-kind', 'unsent');
}

/**
 * The newest unsent message not yet revisited ("Do you still want to send this?"), if any.
 * Reads only unsent entries, one at a time, so the new tab can ask at once.
 */
export async function findWaitingUnsent(db: JournalConnection): Promise<Entry | undefined> {
  let newest: Entry | undefined;
  let cursor = await db.transaction('entries').store.index('by-kind').openCursor('unsent');
  while (cursor) {
    const entry = cursor.value;
    if (!entry.unsent?.revisit && (!newest || entry.createdAt > newest.createdAt)) newest = entry;
    cursor = await cursor.continue();
  }
  return newest;
}
