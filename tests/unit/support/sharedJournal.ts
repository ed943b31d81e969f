import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import { getJournal, resetSharedJournal } from '@/lib/journal/store/open';
import { pageEntries } from '@/lib/journal/store/entries';
import { DB_NAME } from '@/lib/journal/store/schema';
import { type Entry } from '@/lib/journal/entry/types';

/**
 * For tests of code that uses the page's one shared connection (getJournal) on the real
 * database name: every entry in it, newest first, read through the repository.
 */
export async function sharedEntries(): Promise<Entry[]> {
  return (await pageEntries(await getJournal(), { limit: 1000 }, PLAIN_CODEC.open)).entries;
}

// Each test starts from an empty journal: close the shared connection and delete the database.
afterEach(async () => {
  resetSharedJournal();
  await deleteDB(DB_NAME);
});
