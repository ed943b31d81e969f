import type { JournalConnection } from '@/lib/journal/store/open';
import type { StoredEntry } from '@/lib/journal/lock/records';
import { deleteStored, getStored, putStored, storedBetween } from '@/lib/journal/store/packs';

/**
 * Entries as they are stored (sealed or not), written and read beneath the journal's own
 * functions, for tests that set up or inspect the database directly. Entries live in packs
 * (store/packs.ts); these go through the same one door to them.
 */
export async function putRecords(db: JournalConnection, records: readonly StoredEntry[]) {
  const tx = db.transaction('packs', 'readwrite');
  for (const record of records) await putStored(tx.store, record);
  await tx.done;
}

export function getRecord(db: JournalConnection, id: string): Promise<StoredEntry | undefined> {
  return getStored(db.transaction('packs').store, id);
}

export function allRecords(db: JournalConnection): Promise<StoredEntry[]> {
  return storedBetween(db.transaction('packs').store, null);
}

export async function deleteRecord(db: JournalConnection, id: string): Promise<void> {
  const tx = db.transaction('packs', 'readwrite');
  await deleteStored(tx.store, id);
  await tx.done;
}
