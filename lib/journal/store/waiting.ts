import { isSealed, type StoredEntry } from '../lock/records';
import type { JournalConnection } from './open';
import { getStored, storedOfKind } from './packs';

/**
 * What the reminders need of an unsent message, readable with the journal locked: when its
 * reminder is due and whether it has been answered (lock/records.ts keeps both in the clear).
 */
export interface ReminderState {
  id: string;
  remindAt?: number;
  answered: boolean;
}

export function reminderState(record: StoredEntry): ReminderState {
  return isSealed(record)
    ? { id: record.id, remindAt: record.remindAt, answered: record.revisitedAt !== undefined }
    : { id: record.id, remindAt: record.unsent?.remindAt, answered: !!record.unsent?.revisit };
}

/** Every unsent message (the by-kind index): reminders are rebuilt from these at start-up. */
export async function unsentReminders(db: JournalConnection): Promise<ReminderState[]> {
  return (await storedOfKind(db.transaction('packs').store, 'unsent')).map(reminderState);
}

/** One entry's reminder state, if it is an unsent message that is still there. */
export async function reminderOf(
  db: JournalConnection,
  id: string,
): Promise<ReminderState | undefined> {
  const record = await getStored(db.transaction('packs').store, id);
  return record?.kind === 'unsent' ? reminderState(record) : undefined;
}

/**
 * The newest unsent message not yet revisited ("Do you still want to send this?"), if any.
 * Reads only the packs holding unsent entries, so the new tab can ask at once.
 */
export async function findWaitingUnsent(db: JournalConnection): Promise<string | undefined> {
  const unsent = await storedOfKind(db.transaction('packs').store, 'unsent');
  return unsent.reverse().find((entry) => !reminderState(entry).answered)?.id;
}
