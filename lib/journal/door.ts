import { notifyJournalChanged } from './changes';
import type { RevisitAnswer } from './labels';
import { JournalError, toJournalError } from './errors';
import type { Entry, EntryContent, PauseEvent, PauseOutcome } from './entry/types';
import type { NewEntry } from './entry/write';
import type { Insights } from './insights';
import { isFiltered, type JournalFilter } from './search/filter';
import { getEntry, pageEntries, type Page, type PageCursor } from './store/entries';
import type { JournalContents } from './store/everything';
import type { ImportSummary } from './store/importWrite';
import { getJournal, type JournalConnection } from './store/open';
import type { PausedDraft } from './store/pauses';
import { findWaitingUnsent, unsentEntries } from './store/waiting';
import type { ExportKind, ImportOutcome } from './transfer/backupFiles';

/**
 * The journal's only door. Every page (popup, new tab, journal, options) and the background
 * read and write the journal through these functions, and nothing else in Steady opens the
 * database (a lint zone in eslint.config.js makes importing lib/journal/store an error). So:
 * - every write tells every open Steady page afterwards (onJournalChanged);
 * - every failure arrives as one JournalError (or, for an import, an ImportError), turned into
 *   a kind sentence by journalErrorText / importErrorText, here and only here;
 * - the passcode lock can live behind this door without any surface learning about keys.
 * Extension pages open the database directly (their origin owns it: no round trip through the
 * background); content scripts reach it only through the background's messages.
 *
 * What a page opening does not need (the writes and their checks, search, Patterns, export,
 * import, reminders) is loaded here on first use, with import(): one module imported by every
 * page would otherwise put all of it into the chunk the popup and the new tab load at start.
 * (Extension pages are closed when Steady updates, so a chunk cannot vanish under a page.)
 */

export { onJournalChanged } from './changes';
export { journalErrorText } from './messages';
export type {
  ExportKind,
  ImportOutcome,
  ImportSummary,
  JournalContents,
  Page,
  PageCursor,
  PausedDraft,
};

const writes = () => import('./store/writes');
const everything = () => import('./store/everything');
const pauses = () => import('./store/pauses');
const search = () => import('./search/searchPage');
const transfer = () => import('./transfer/backupFiles');
const alarms = () => import('../pause/reminders');

/** A read: any failure becomes a JournalError, once. */
async function read<T>(run: (db: JournalConnection) => Promise<T>): Promise<T> {
  try {
    return await run(await getJournal());
  } catch (error) {
    throw toJournalError(error);
  }
}

/** A write: as a read, and on success every open Steady page hears of it. */
async function write<T>(run: (db: JournalConnection) => Promise<T>): Promise<T> {
  const result = await read(run);
  notifyJournalChanged();
  return result;
}

/**
 * An entry's "Wait" reminder follows the entry: deleted or answered, it must not ring. Cleared
 * after the write (a failed delete keeps its reminder), and never a reason for the write to
 * fail: the background checks the entry again before a notification shows.
 */
let reminderQueue: Promise<void> = Promise.resolve();
function reminders(
  run: (r: Awaited<ReturnType<typeof alarms>>) => Promise<unknown>,
): Promise<void> {
  // In order, one after another: a quick Undo's re-arm must come after the delete's clear.
  reminderQueue = reminderQueue
    .then(alarms)
    .then(run)
    .then(
      () => undefined,
      (error: unknown) => console.warn('Steady: reminder not updated', error),
    );
  return reminderQueue;
}

// ---- Reads -------------------------------------------------------------------------------

export async function latestEntries(limit: number): Promise<Entry[]> {
  return (await read((db) => pageEntries(db, { limit }))).entries;
}

export function findEntry(id: string): Promise<Entry | undefined> {
  return read((db) => getEntry(db, id));
}

/**
 * One page of what a filter lets through, newest first: unfiltered, a key-range page; filtered,
 * through the page's in-memory search index when it is ready, else from the database.
 */
export async function findPage(
  filter: JournalFilter,
  options: { limit: number; after?: PageCursor },
): Promise<Page> {
  if (!isFiltered(filter)) return read((db) => pageEntries(db, options));
  const { findFilteredPage } = await search();
  return read((db) => findFilteredPage(db, filter, options));
}

/** The person means to search (focus in the search form): build the index while idle. */
export function warmSearch(): void {
  void search().then((s) => s.warmSearchIndex());
}

/** After a change elsewhere: the index is a snapshot, rebuilt only if searching was used. */
export function refreshSearch(): void {
  void search().then((s) => s.refreshSearchIndex());
}

export async function countJournal(): Promise<{ entries: number; pauses: number }> {
  const { countEverything } = await everything();
  return read(countEverything);
}

/** The aggregates Patterns draws, from one read of everything. */
export async function readPatterns(): Promise<Insights> {
  const [{ computeInsights }, { readEverything }] = await Promise.all([
    import('./insights'),
    everything(),
  ]);
  return read(async (db) => computeInsights(await readEverything(db)));
}

/**
 * Everything written and every pause made in [start, end) (ms), for a summary for a session.
 * Only read, never kept: the summary is built on the page each time.
 */
export async function readBetween(start: number, end: number): Promise<JournalContents> {
  const { readRange } = await import('./store/range');
  return read((db) => readRange(db, start, end));
}

/** The newest paused message not yet revisited, for the new tab's quiet line. */
export function waitingUnsent(): Promise<Entry | undefined> {
  return read(findWaitingUnsent);
}

/** Every unsent message, for the background to set their reminders again at start-up. */
export function unsentMessages(): Promise<Entry[]> {
  return read(unsentEntries);
}

/** The whole journal as a file's text in the chosen format, and how many entries it holds. */
export async function exportJournal(
  kind: ExportKind,
  now = Date.now(),
): Promise<{ text: string; entries: number }> {
  const { exportText } = await transfer();
  return read((db) => exportText(db, kind, now));
}

// ---- Writes ------------------------------------------------------------------------------

export async function saveEntry(input: NewEntry): Promise<Entry> {
  const { addEntry } = await writes();
  return write((db) => addEntry(db, input));
}

/**
 * Saves an edit. With `seen` (the entry's updatedAt when the edit began), a change made
 * meanwhile in another tab is never overwritten: this fails with 'conflict' (see keepBoth).
 */
export async function changeEntry(
  id: string,
  patch: Partial<EntryContent>,
  seen?: number,
): Promise<Entry> {
  const { updateEntry } = await writes();
  return write((db) => updateEntry(db, id, patch, Date.now(), seen));
}

/**
 * After a conflict: the other tab's version stays as it is, and this edit is kept beside it as
 * an entry of its own, at the same time, so neither is lost and the person can choose.
 */
export async function keepBoth(original: Entry, edit: Partial<EntryContent>): Promise<Entry> {
  const { addBeside } = await writes();
  return write((db) => addBeside(db, original, edit));
}

export async function removeEntry(id: string): Promise<Entry | undefined> {
  const { deleteEntry } = await writes();
  const removed = await write((db) => deleteEntry(db, id));
  // Not awaited: the page moves the keyboard to Undo the moment the entry is gone.
  void reminders((r) => r.clearReminder(id));
  return removed;
}

/** Undo: the entry comes back exactly as it was, and so does its reminder if still due. */
export async function putBackEntry(entry: Entry): Promise<void> {
  const { restoreEntry } = await writes();
  await write((db) => restoreEntry(db, entry));
  await reminders((r) => r.rearmReminder(entry));
}

/** Records the answer to "Do you still want to send this?" on the unsent entry. */
export async function answerRevisit(
  entry: Entry,
  answer: RevisitAnswer,
  now = Date.now(),
): Promise<Entry> {
  if (!entry.unsent) throw new JournalError('invalid', 'not an unsent message');
  const unsent = { ...entry.unsent, revisit: { answer, at: now } };
  const { updateEntry } = await writes();
  const updated = await write((db) => updateEntry(db, entry.id, { unsent }, now));
  // Answered before the reminder: there is nothing left to ask.
  await reminders((r) => r.clearReminder(entry.id));
  return updated;
}

export async function deleteEverything(): Promise<void> {
  const { clearEverything } = await everything();
  await write(clearEverything);
  await reminders((r) => r.clearAllReminders());
}

/**
 * Checks the whole file first, then writes it all or nothing. Never rejects: a refusal comes
 * back as the kind sentence to show (and the journal is as it was).
 */
export async function importBackup(text: string, byteLength?: number): Promise<ImportOutcome> {
  const { importText, importErrorText } = await transfer();
  let db: JournalConnection;
  try {
    db = await getJournal();
  } catch (error) {
    return { ok: false, message: importErrorText(error) };
  }
  const outcome = await importText(db, text, byteLength);
  if (outcome.ok) notifyJournalChanged();
  return outcome;
}

// ---- The pause (background only: content scripts reach these through its messages) -------

/** A paused draft kept as an unsent entry, with the pause that kept it. */
export async function savePausedDraft(
  draft: PausedDraft,
  outcome: Exclude<PauseOutcome, 'sent'>,
): Promise<{ entry: Entry; pause: PauseEvent }> {
  const { saveUnsent } = await pauses();
  return write((db) => saveUnsent(db, draft, outcome));
}

/** A pause that ended in "Send anyway": counted, with none of the message's text. */
export async function recordSentPause(site: string): Promise<PauseEvent> {
  const { recordSent } = await pauses();
  return write((db) => recordSent(db, site));
}

/** A newer Wait in the same conversation took over this entry's reminder. */
export async function forgetReminderTime(entryId: string): Promise<void> {
  const { forgetRemindAt } = await pauses();
  return read((db) => forgetRemindAt(db, entryId));
}
