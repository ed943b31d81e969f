import type { JournalErrorReason } from '../errors';
import type { UnlockedKeys } from '../lock/crypto';
import type { WorkerExportKind } from './exportFile';

/** What the page gives the export's worker (exportWorker.ts), once. */
export interface ToExport {
  kind: WorkerExportKind;
  now: number;
  /** The page's unlocked keys and the lock they open (lockOwner), if it holds any. */
  keys?: UnlockedKeys;
  owner?: string;
}

/** How far an export has got: entries read so far, of how many. */
export interface ExportProgress {
  done: number;
  total: number;
}

export type FromExport =
  | { type: 'progress'; progress: ExportProgress }
  /** The file, made in the worker: the page only hands it to the browser to save. */
  | { type: 'done'; file: Blob; entries: number }
  | { type: 'failed'; reason: JournalErrorReason };
