import { notifyJournalChanged } from './changes';
import { clearEverything } from './data';
import { getJournal } from './db';
import { toJournalError } from './errors';
import { parseImport } from './import';
import { writeImport, type ImportSummary } from './importWrite';
import type { RevisitAnswer } from './labels';
import { deleteEntry, restoreEntry, updateEntry } from './repo';
import type { Entry } from './schema';

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

export async function removeEntry(id: string): Promise<Entry | undefined> {
  return change(async () => deleteEntry(await getJournal(), id));
}

export async function putBackEntry(entry: Entry): Promise<void> {
  return change(async () => restoreEntry(await getJournal(), entry));
}

/** Records the answer to "Do you still want to send this?" on the unsent entry. */
export async function answerRevisit(
  entry: Entry,
  answer: RevisitAnswer,
  now = Date.now(),
): Promise<Entry> {
  if (!entry.unsent) throw toJournalError(new Error('not an unsent message'));
  const unsent = { ...entry.unsent, revisit: { answer, at: now } };
  return change(async () => updateEntry(await getJournal(), entry.id, { unsent }, now));
}

export async function deleteEverything(): Promise<void> {
  return change(async () => clearEverything(await getJournal()));
}

/** Checks the whole file first (ImportError, nothing written), then writes it all or nothing. */
export async function importJournal(text: string, byteLength?: number): Promise<ImportSummary> {
  const contents = parseImport(text, byteLength);
  const db = await getJournal();
  const summary = await writeImport(db, contents);
  notifyJournalChanged();
  return summary;
}
