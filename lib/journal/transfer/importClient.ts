import { JournalError } from '../errors';
import { heldKeys, lockOwner } from '../lock/session';
import { readLock } from '../store/lock';
import type { JournalConnection } from '../store/open';
import type { ImportOutcome } from './backupFiles';
import type { ImportSource } from './importJob';
import type { ImportProgress } from './importProgress';
import type { FromImport, ToImport } from './importProtocol';
import { importErrorText } from './messages';
import { ImportError } from './parse';
// Vite's worker import (see mirror/client.ts for why not `new URL(…, import.meta.url)`).
import ImportWorker from './importWorker?worker';

export const importWorkerAvailable = (): boolean => typeof Worker !== 'undefined';

/**
 * Runs an import in its own worker (importWorker.ts) and turns its answer into the outcome
 * the page shows. The file goes to the worker as it is (a File is passed by reference, not
 * copied): the page never holds its text.
 */
export async function importInWorker(
  db: JournalConnection,
  source: ImportSource,
  byteLength: number | undefined,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const lock = await readLock(db);
  const keys = heldKeys(lock);
  const worker = new ImportWorker({ name: 'steady-journal-import' });
  try {
    return await new Promise<ImportOutcome>((resolve) => {
      worker.onmessage = ({ data }: MessageEvent<FromImport>) => {
        if (data.type === 'progress') onProgress?.(data.progress);
        else if (data.type === 'done') resolve({ ok: true, summary: data.summary });
        else
          resolve({
            ok: false,
            message: importErrorText(
              data.problem
                ? new ImportError(data.problem)
                : new JournalError(data.reason ?? 'unknown'),
            ),
          });
      };
      worker.onerror = () =>
        resolve({ ok: false, message: importErrorText(new JournalError('unknown')) });
      const message: ToImport = { source, byteLength };
      if (lock && keys) Object.assign(message, { keys, owner: lockOwner(lock) });
      worker.postMessage(message);
    });
  } finally {
    worker.terminate();
  }
}
