import { notifyJournalChanged, type JournalChange } from './changes';
import type { RevisitAnswer } from './labels';
import { JournalError, toJournalError } from './errors';
import type { Entry, EntryContent, PauseEvent, PauseOutcome } from './entry/types';
import type { NewEntry } from './entry/write';
import type { Insights } from './insights';
import { isFiltered, type JournalFilter } from './search/filter';
import type { Codec } from './lock/codec';
import { currentCodec } from './lock/current';
import type { LockStatus, UnlockOutcome } from './lock/manage';
import type { PassProgress } from './lock/passes';
import { getEntries, getEntry, pageEntries, type Page, type PageCursor } from './store/entries';
import type { JournalContents } from './store/everything';
import type { ImportSummary } from './store/importWrite';
import { getJournal, type JournalConnection } from './store/open';
import type { PausedDraft } from './store/pauses';
import {
  findWaitingUnsent,
  reminderOf,
  unsentReminders,
  type ReminderState,
} from './store/waiting';
import type { ExportKind, ImportOutcome } from './transfer/backupFiles';
import type { ImportSource } from './transfer/importJob';
import type { ImportProgress } from './transfer/importProgress';
import type { ExportProgress } from './transfer/exportProtocol';
import type { Ride } from '../urges/ride';

/**
 * The journal's only door. Every page (popup, new tab, journal, options) and the background
 * read and write the journal through these functions, and nothing else in Steady opens the
 * database (a lint zone in eslint.config.js makes importing lib/journal/store an error). So:
 * - every write tells every open Steady page afterwards (onJournalChanged);
 * - every failure arrives as one JournalError (or, for an import, an ImportError), turned into
 *   a kind sentence by journalErrorText / importErrorText, here and only here;
 * - the privacy lock lives behind it (lib/journal/lock/): every read opens sealed records with
 *   the page's unlocked keys, every write seals when the lock is on, and no surface learns
 *   about keys. A read of sealed words in a page that has not unlocked fails with 'locked'.
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
export { onLockChange } from './lock/session';
export type {
  ExportKind,
  ExportProgress,
  ImportOutcome,
  ImportProgress,
  ImportSummary,
  JournalContents,
  LockStatus,
  Page,
  PageCursor,
  PassProgress,
  PausedDraft,
  ReminderState,
  UnlockOutcome,
};

const writes = () => import('./store/writes');
const everything = () => import('./store/everything');
const pauses = () => import('./store/pauses');
const search = () => import('./search/searchPage');
const mirror = () => import('./mirror/client');
const transfer = () => import('./transfer/backupFiles');
const alarms = () => import('../pause/reminders');
const lock = () => import('./lock/manage');

/** A read: any failure becomes a JournalError, once. */
async function read<T>(run: (db: JournalConnection) => Promise<T>): Promise<T> {
  try {
    return await run(await getJournal());
  } catch (error) {
    throw toJournalError(error);
  }
}

/** A read or write that meets the lock: it gets the lock as it is at this moment. */
function withCodec<T>(run: (db: JournalConnection, codec: Codec) => Promise<T>) {
  return async (db: JournalConnection) => run(db, await currentCodec(db));
}

/**
 * A write: as a read, and on success every open Steady page hears of it, with what changed
 * when the write knows (the entries it touched): the journal page's mirror then reads only those.
 */
async function write<T>(
  run: (db: JournalConnection) => Promise<T>,
  changed?: (result: T) => JournalChange,
): Promise<T> {
  const result = await read(run);
  notifyJournalChanged(changed?.(result));
  return result;
}

const entryChanged = (entry: { id: string }): JournalChange => ({ entries: [entry.id] });

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
  return (await read(withCodec((db, c) => pageEntries(db, { limit }, c.open)))).entries;
}

export function findEntry(id: string): Promise<Entry | undefined> {
  return read(withCodec((db, c) => getEntry(db, id, c.open)));
}

/**
 * One page of what a filter lets through, newest first: unfiltered, a key-range page; filtered,
 * through the page's mirror (a worker that holds every entry's searchable words, mirror/) and
 * then one read of just the page's entries. Where there is no worker, or it cannot answer (a
 * locked journal), through the page's in-memory index or the database: the same answer.
 */
export async function findPage(
  filter: JournalFilter,
  options: { limit: number; after?: PageCursor },
): Promise<Page> {
  if (!isFiltered(filter)) return read(withCodec((db, c) => pageEntries(db, options, c.open)));
  const m = await mirror();
  const found = m.mirrorAvailable() ? await m.mirrorSearch(filter, options) : undefined;
  if (found) {
    const entries = await read(withCodec((db, c) => getEntries(db, found.ids, c.open)));
    // Which way a search went, for the tests and the bench (performance.getEntriesByName).
    performance.mark('steady:search-mirror');
    return found.next ? { entries, next: found.next } : { entries };
  }
  performance.mark('steady:search-database');
  const { findFilteredPage } = await search();
  return read(withCodec((db, c) => findFilteredPage(db, filter, options, c.open)));
}

/** The person means to search (focus in the search form): fill the mirror (or index) now. */
export function warmSearch(): void {
  void mirror().then((m) =>
    m.mirrorAvailable() ? m.warmMirror() : search().then((s) => s.warmSearchIndex()),
  );
}

/**
 * The journal page has shown its entries and has a moment: fill the mirror, which costs the
 * page nothing (a worker reads the journal), so the first search is quick. Where there is no
 * worker nothing happens: the in-page index is built only for someone who searches.
 */
export function warmSearchInBackground(): void {
  void mirror().then((m) => m.mirrorAvailable() && m.warmMirror());
}

/**
 * After a change elsewhere. The mirror follows change notices itself; the in-page index (where
 * there is no worker) is a snapshot, rebuilt only if searching was used.
 */
export function refreshSearch(): void {
  void mirror().then((m) => {
    if (!m.mirrorAvailable()) void search().then((s) => s.refreshSearchIndex());
  });
}

/** How far the mirror has read the journal, for a search or Patterns that waits on it. */
export function onReadingProgress(
  listener: (progress: { done: number; total: number }) => void,
): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void mirror().then((m) => {
    if (!stopped) stop = m.onMirrorProgress(listener);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

export async function countJournal(): Promise<{ entries: number; pauses: number; rides: number }> {
  const { countEverything } = await everything();
  return read(countEverything);
}

/** The aggregates Patterns draws: counted by the mirror, else from one read of everything. */
export async function readPatterns(): Promise<Insights> {
  const m = await mirror();
  const counted = m.mirrorAvailable() ? await m.mirrorInsights() : undefined;
  if (counted) {
    performance.mark('steady:patterns-mirror');
    return counted;
  }
  performance.mark('steady:patterns-database');
  const [{ computeInsights }, { readEverything }] = await Promise.all([
    import('./insights'),
    everything(),
  ]);
  return read(withCodec(async (db, c) => computeInsights(await readEverything(db, c.open))));
}

/**
 * Everything written and every pause made in [start, end) (ms), for a summary for a session.
 * Only read, never kept: the summary is built on the page each time.
 */
export async function readBetween(start: number, end: number): Promise<JournalContents> {
  const { readRange } = await import('./store/range');
  return read(withCodec((db, c) => readRange(db, start, end, c.open)));
}

/** The id of the newest paused message not yet revisited, for the new tab's quiet line. */
export function waitingUnsent(): Promise<string | undefined> {
  return read(findWaitingUnsent);
}

/**
 * When each unsent message's reminder is due and whether it was answered, for the background
 * (which never holds the passcode) to set reminders again at start-up.
 */
export function unsentMessages(): Promise<ReminderState[]> {
  return read(unsentReminders);
}

/** One unsent message's reminder state (readable while locked), if it is still there. */
export function reminderState(id: string): Promise<ReminderState | undefined> {
  return read((db) => reminderOf(db, id));
}

/** The whole journal as a file's text in the chosen format, and how many entries it holds. */
export async function exportJournal(
  kind: ExportKind,
  now = Date.now(),
): Promise<{ text: string; entries: number }> {
  const { exportText } = await transfer();
  return read(withCodec((db, c) => exportText(db, kind, now, c)));
}

/**
 * The whole journal as a file to save, made in a worker (transfer/exportWorker.ts) so the page
 * stays responsive however large the journal is, with how far it has got for anything long.
 * A small journal (a worker's start would cost more than it saves), and any export where there
 * are no workers, is made on this thread, as exportJournal.
 */
export async function exportJournalFile(
  kind: ExportKind,
  onProgress?: (progress: ExportProgress) => void,
  now = Date.now(),
): Promise<{ file: Blob; entries: number }> {
  // All of it loaded only now: the popup and the new tab, which carry the door, never export.
  const { exportFileOf } = await import('./transfer/exportClient');
  return read((db) => exportFileOf(db, kind, now, onProgress, () => exportJournal(kind, now)));
}

// ---- Writes ------------------------------------------------------------------------------

export async function saveEntry(input: NewEntry): Promise<Entry> {
  const { addEntry } = await writes();
  return write(
    withCodec((db, c) => addEntry(db, input, c.seal)),
    entryChanged,
  );
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
  return write(
    withCodec((db, c) => updateEntry(db, id, patch, c, Date.now(), seen)),
    entryChanged,
  );
}

/**
 * After a conflict: the other tab's version stays as it is, and this edit is kept beside it as
 * an entry of its own, at the same time, so neither is lost and the person can choose.
 */
export async function keepBoth(original: Entry, edit: Partial<EntryContent>): Promise<Entry> {
  const { addBeside } = await writes();
  return write(
    withCodec((db, c) => addBeside(db, original, edit, c.seal)),
    entryChanged,
  );
}

export async function removeEntry(id: string): Promise<Entry | undefined> {
  const { deleteEntry } = await writes();
  const removed = await write(
    withCodec((db, c) => deleteEntry(db, id, c.open)),
    () => ({ entries: [id] }),
  );
  // Not awaited: the page moves the keyboard to Undo the moment the entry is gone.
  void reminders((r) => r.clearReminder(id));
  return removed;
}

/** Undo: the entry comes back exactly as it was, and so does its reminder if still due. */
export async function putBackEntry(entry: Entry): Promise<void> {
  const { restoreEntry } = await writes();
  await write(
    withCodec((db, c) => restoreEntry(db, entry, c.seal)),
    () => entryChanged(entry),
  );
  await reminders((r) => r.rearmReminder(r.dueOf(entry)));
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
  const updated = await write(
    withCodec((db, c) => updateEntry(db, entry.id, { unsent }, c, now)),
    entryChanged,
  );
  // Answered before the reminder: there is nothing left to ask.
  await reminders((r) => r.clearReminder(entry.id));
  return updated;
}

/**
 * Deletes everything Steady keeps of the person: every entry, pause and ride, the lock's keys,
 * drafts, notes from calm you, drafts set aside while locked, pending reminders (alarms and
 * notifications) and this browser session's cooldowns and keys. What remains: settings, the
 * sites that are on, and the daily check-in if it was chosen (the panel says so).
 */
export async function deleteEverything(): Promise<void> {
  const [{ clearEverything }, { clearPrivateItems }, { lockNow }] = await Promise.all([
    everything(),
    import('../storage/clearPrivate'),
    lock(),
  ]);
  await write(clearEverything);
  lockNow();
  await clearPrivateItems();
  await reminders((r) => r.clearAllReminders());
}

/**
 * Checks the whole file first, then writes it all or nothing, in a worker where there is one
 * (a large backup then holds up no page), with progress. Never rejects: a refusal comes back
 * as the kind sentence to show (and the journal is as it was).
 */
export async function importBackup(
  source: ImportSource,
  byteLength?: number,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const [{ importText, importErrorText }, { importInWorker, importWorkerAvailable }] =
    await Promise.all([transfer(), import('./transfer/importClient')]);
  let outcome: ImportOutcome;
  try {
    const db = await getJournal();
    outcome = importWorkerAvailable()
      ? await importInWorker(db, source, byteLength, onProgress)
      : await importText(db, source, byteLength, await currentCodec(db), onProgress);
  } catch (error) {
    return { ok: false, message: importErrorText(error) };
  }
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
  return write(
    withCodec((db, c) => saveUnsent(db, draft, outcome, c.seal)),
    ({ entry }) => ({ entries: [entry.id], pauses: true }),
  );
}

/** A pause that ended in "Send anyway": counted, with none of the message's text. */
export async function recordSentPause(site: string): Promise<PauseEvent> {
  const { recordSent } = await pauses();
  return write(
    withCodec((db, c) => recordSent(db, site, c.seal)),
    () => ({ pauses: true }),
  );
}

/** A newer Wait in the same conversation took over this entry's reminder. */
export async function forgetReminderTime(entryId: string): Promise<void> {
  const { forgetRemindAt } = await pauses();
  return read((db) => forgetRemindAt(db, entryId));
}

// ---- Riding out an urge (lib/urges) -------------------------------------------------------

const rides = () => import('./store/rides');

/**
 * Stores a ride as it is now: at its start, at each answer and at its end (a ride left open by
 * a closed tab is kept as far as it went). Checked first: times and strengths only.
 */
export async function saveRide(ride: Ride): Promise<Ride> {
  const [{ putRide }, { checkRide }] = await Promise.all([rides(), import('../urges/check')]);
  let clean: Ride;
  try {
    clean = checkRide(ride);
  } catch (error) {
    throw new JournalError('invalid', 'not a ride', { cause: error });
  }
  // Named: the journal page's mirror holds no rides, so it has nothing to read again.
  await write(
    (db) => putRide(db, clean),
    () => ({ rides: true }),
  );
  return clean;
}

/** The newest rides, newest first (readable while locked: they hold no words). */
export async function latestRides(count: number): Promise<Ride[]> {
  const { newestRides } = await rides();
  return read((db) => newestRides(db, count));
}

/** Every ride, oldest first, for Patterns' "urges over time". */
export async function allRides(): Promise<Ride[]> {
  const { allRides: all } = await rides();
  return read(all);
}

export async function findRide(id: string): Promise<Ride | undefined> {
  const { getRide } = await rides();
  return read((db) => getRide(db, id));
}

// ---- The privacy lock --------------------------------------------------------------------

/** Whether the lock is on, and whether this page holds its keys. */
export async function lockStatus(): Promise<LockStatus> {
  const { statusOf } = await lock();
  return read(statusOf);
}

/** Unlocks this page (only this page: each holds its own keys, in memory). */
export async function unlockJournal(passcode: string): Promise<UnlockOutcome> {
  const { unlock, sealLeftovers } = await lock();
  const outcome = await read((db) => unlock(db, passcode));
  if (outcome.ok) {
    notifyJournalChanged();
    // A pass cut short (the browser closed while the lock went on or off) finishes now.
    void read((db) => sealLeftovers(db)).then(
      () => notifyJournalChanged(),
      (error: unknown) => console.warn('Steady: lock pass not finished', error),
    );
  }
  return outcome;
}

export async function lockJournal(): Promise<void> {
  const { lockNow } = await lock();
  lockNow();
}

export async function turnOnLock(
  passcode: string,
  onProgress?: (progress: PassProgress) => void,
): Promise<void> {
  const { turnOn } = await lock();
  await write((db) => turnOn(db, passcode, onProgress));
}

export async function turnOffLock(onProgress?: (progress: PassProgress) => void): Promise<void> {
  const { turnOff } = await lock();
  await write((db) => turnOff(db, onProgress));
}

export async function changePasscode(current: string, next: string): Promise<UnlockOutcome> {
  const { changePasscode: change } = await lock();
  const outcome = await read((db) => change(db, current, next));
  if (outcome.ok) notifyJournalChanged();
  return outcome;
}

export async function setLockIdle(minutes: number): Promise<void> {
  const { setIdleMinutes } = await lock();
  await write((db) => setIdleMinutes(db, minutes));
}

/** Seals what was written plainly while the lock went on (the background, at start-up). */
export async function sealLeftovers(): Promise<void> {
  const { sealLeftovers: seal } = await lock();
  await read((db) => seal(db));
}
