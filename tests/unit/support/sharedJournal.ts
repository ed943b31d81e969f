import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import { getJournal, resetSharedJournal } from '@/lib/journal/db';
import { pageEntries } from '@/lib/journal/repo';
import { DB_NAME, type Entry } from '@/lib/journal/schema';

/**
 * For tests of code that uses the page's one shared connection (getJournal) on the real
 * database name: every entry in it, newest first, read through the repository.
 */
export async function sharedEntries(): Promise<Entry[]> {
  return (await pageEntries(await getJournal(), { limit: 1000 })).entries;
}

// Each test starts from an empty journal: close the shared connection and delete the database.
afterEach(async () => {
  resetSharedJournal();
  await deleteDB(DB_NAME);
});
