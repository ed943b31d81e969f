import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import { openJournal, resetSharedJournal, type JournalConnection } from '@/lib/journal/store/open';

const opened: { name: string; db: JournalConnection }[] = [];
let counter = 0;

/** A fresh, empty journal database for one test, closed and deleted after it. */
export async function freshJournal(): Promise<JournalConnection> {
  const name = `test-journal-${++counter}`;
  const db = await openJournal(name);
  opened.push({ name, db });
  return db;
}

afterEach(async () => {
  resetSharedJournal();
  for (const { name, db } of opened.splice(0)) {
    db.close();
    await deleteDB(name);
  }
});
