import type { LockRecord } from '../lock/records';
import type { JournalConnection } from './open';

/** The privacy lock's record, if the lock is on (or being turned off). */
export function readLock(db: JournalConnection): Promise<LockRecord | undefined> {
  return db.get('lock', 'lock');
}

export async function writeLock(db: JournalConnection, lock: LockRecord): Promise<void> {
  await db.put('lock', lock);
}

export async function removeLock(db: JournalConnection): Promise<void> {
  await db.delete('lock', 'lock');
}
