import { JournalError } from '../errors';
import { heldKeys, lockOwner, onLockChange } from '../lock/session';
import { countEntries } from '../store/entries';
import { readLock } from '../store/lock';
import type { JournalConnection } from '../store/open';
import { EXPORT_IN_WORKER_FROM } from './exportFile';
import { EXPORT_FILES, type ExportKind } from './exportFiles';
import type { MarkdownCatalogue } from './markdownCatalogue';
import { markdownCatalogue } from './markdownWords';
import type { ExportProgress, FromExport, ToExport } from './exportProtocol';
// Vite's worker import (see mirror/client.ts for why not `new URL(…, import.meta.url)`).
import ExportWorker from './exportWorker?worker';

/** The worker could not do its part at all (as opposed to an export that failed in it). */
class WorkerFailed extends Error {}

export const exportWorkerAvailable = (): boolean => typeof Worker !== 'undefined';

/**
 * The export the door asked for (door.ts, exportJournalFile): in a worker for a journal of
 * EXPORT_IN_WORKER_FROM entries or more, else `onPage` (the door's exportJournal, this thread).
 */
export async function exportFileOf(
  db: JournalConnection,
  kind: ExportKind,
  now: number,
  onProgress: ((progress: ExportProgress) => void) | undefined,
  onPage: () => Promise<{ text: string; entries: number }>,
): Promise<{ file: Blob; entries: number }> {
  const inWorker = exportWorkerAvailable() && (await countEntries(db)) >= EXPORT_IN_WORKER_FROM;
  // Which way it went, for the end-to-end tests and the bench (as the search's marks).
  performance.mark(inWorker ? 'steady:export-worker' : 'steady:export-page');
  const fileOf = ({ text, entries }: { text: string; entries: number }) => ({
    file: new Blob([text], { type: `${EXPORT_FILES[kind].type};charset=utf-8` }),
    entries,
  });
  if (!inWorker) return fileOf(await onPage());
  // Markdown's words, in this page's language, go with it: the worker has no i18n.
  const words = kind === 'markdown' ? markdownCatalogue() : undefined;
  try {
    return await exportInWorker(db, kind, now, words, onProgress);
  } catch (error) {
    // The worker itself failed (it did not load, or its answer could not be read): the same
    // export on this thread still gives the person their file, if more slowly.
    if (error instanceof WorkerFailed) return fileOf(await onPage());
    throw error;
  }
}

/**
 * Runs an export in its own worker (exportWorker.ts) and resolves with the file it made; a
 * failure rejects with the JournalError the page's own export would have thrown, and a lock
 * or unlock of the page meanwhile with 'locked' (the worker is ended with the keys it held).
 */
export async function exportInWorker(
  db: JournalConnection,
  kind: ExportKind,
  now: number,
  words: MarkdownCatalogue | undefined,
  onProgress?: (progress: ExportProgress) => void,
): Promise<{ file: Blob; entries: number }> {
  const lock = await readLock(db);
  const keys = heldKeys(lock);
  let worker: Worker;
  try {
    worker = new ExportWorker({ name: 'steady-journal-export' });
  } catch {
    throw new WorkerFailed(); // a browser that will not start it here: made on the page instead
  }
  let stopListening: () => void = () => undefined;
  try {
    return await new Promise((resolve, reject) => {
      // The page locked (or its keys changed) meanwhile: the worker and the keys it was given
      // go at once, and no file is made from them.
      if (keys) stopListening = onLockChange(() => reject(new JournalError('locked')));
      worker.onmessage = ({ data }: MessageEvent<FromExport>) => {
        if (data.type === 'progress') onProgress?.(data.progress);
        else if (data.type === 'done') resolve({ file: data.file, entries: data.entries });
        else reject(new JournalError(data.reason));
      };
      worker.onerror = () => reject(new WorkerFailed());
      worker.onmessageerror = () => reject(new WorkerFailed());
      const message: ToExport = { kind, now, ...(words && { words }) };
      if (lock && keys) Object.assign(message, { keys, owner: lockOwner(lock) });
      worker.postMessage(message);
    });
  } finally {
    stopListening();
    worker.terminate();
  }
}
