import type { JournalConnection } from './db';
import type { Entry } from './schema';

/**
 * The newest unsent message not yet revisited ("Do you still want to send this?"), if any.
 * Reads only unsent entries (the by-kind index). Apart from repo.ts so the new tab can ask at
 * once without loading the write path, which it loads when a note is saved.
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
