import { notifyJournalChanged } from './changes';
import { getJournal } from './db';
import { toJournalError } from './errors';
import { addEntry, pageEntries, updateEntry } from './repo';
import type { Entry, EntryContent } from './schema';
import type { NewEntry } from './validate';

/**
 * The journal as extension pages use it: their origin owns the database, so they open it
 * directly (no round trip through the background). Failures always arrive as JournalError.
 */
export async function saveEntry(input: NewEntry): Promise<Entry> {
  try {
    const entry = await addEntry(await getJournal(), input);
    notifyJournalChanged();
    return entry;
  } catch (error) {
    throw toJournalError(error);
  }
}

export async function changeEntry(id: string, patch: Partial<EntryContent>): Promise<Entry> {
  try {
    const entry = await updateEntry(await getJournal(), id, patch);
    notifyJournalChanged();
    return entry;
  } catch (error) {
    throw toJournalError(error);
  }
}

export async function latestEntries(limit: number): Promise<Entry[]> {
  const page = await pageEntries(await getJournal(), { limit });
  return page.entries;
}
