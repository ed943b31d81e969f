import { notifyJournalChanged } from './changes';
import { clearEverything } from './data';
import { getJournal } from './db';
import { toJournalError } from './errors';
import { parseImport } from './import';
import { writeImport, type ImportSummary } from './importWrite';
import type { RevisitAnswer } from './labels';
import { deleteEntry, restoreEntry, updateEntry } from './repo';
import type { Entry } from './schema';
import { clearAllReminders, clearReminder, rearmReminder } from '../pause/reminders';

/**
 * The journal page's writes. Each tells every open Steady page afterwards, and fails with a
 * JournalError (or, for import, an ImportError) the UI can put into words.
 */
async function change<T>(run: () => Promise<T>): Promise<T> {
  try {
    const result = await run();
    notifyJournalChanged();
    return result;
  } catch (error) {
    throw toJournalError(error);
  }
}

/**
 * An entry's "Wait" reminder follows the entry: deleted or answered, it must not ring. Cleared
 * after the write (a failed delete keeps its reminder), and never a reason for the write to
 * fail: the background checks the entry again before a notification shows.
 */
async function reminders(run: () => Promise<unknown>): Promise<void> {
  await run().catch((error: unknown) => console.warn('Steady: reminder not updated', error));
}

export async function removeEntry(id: string): Promise<Entry | undefined> {
  const removed = await change(async () => deleteEntry(await getJournal(), id));
  await reminders(() => clearReminder(id));
  return removed;
}

/** Undo: the entry comes back exactly as it was, and so does its reminder if still due. */
export async function putBackEntry(entry: Entry): Promise<void> {
  await change(async () => restoreEntry(await getJournal(), entry));
  await reminders(() => rearmReminder(entry));
}

/** Records the answer to "Do you still want to send this?" on the unsent entry. */
export async function answerRevisit(
  entry: Entry,
  answer: RevisitAnswer,
  now = Date.now(),
): Promise<Entry> {
  if (!entry.unsent) throw toJournalError(new Error('not an unsent message'));
  const unsent = { ...entry.unsent, revisit: { answer, at: now } };
  const updated = await change(async () =>
    updateEntry(await getJournal(), entry.id, { unsent }, now),
  );
  // Answered before the reminder: there is nothing left to ask.
  await reminders(() => clearReminder(entry.id));
  return updated;
}

export async function deleteEverything(): Promise<void> {
  await change(async () => clearEverything(await getJournal()));
  await reminders(clearAllReminders);
}

/** Checks the whole file first (ImportError, nothing written), then writes it all or nothing. */
export async function importJournal(text: string, byteLength?: number): Promise<ImportSummary> {
  const contents = parseImport(text, byteLength);
  const db = await getJournal();
  const summary = await writeImport(db, contents);
  notifyJournalChanged();
  return summary;
}
