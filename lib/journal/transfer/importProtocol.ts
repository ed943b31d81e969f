import type { JournalErrorReason } from '../errors';
import type { UnlockedKeys } from '../lock/crypto';
import type { ImportSummary } from '../store/importWrite';
import type { ImportSource } from './importJob';
import type { ImportProgress } from './importProgress';
import type { ImportProblem } from './parse';

/** What the page gives the import's worker (importWorker.ts), once. */
export interface ToImport {
  source: ImportSource;
  byteLength?: number;
  /** The page's unlocked keys and the lock they open (lockOwner), if it holds any. */
  keys?: UnlockedKeys;
  owner?: string;
}

export type FromImport =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  /** Refused (problem) or not written (reason): nothing was written either way. */
  | { type: 'failed'; problem?: ImportProblem; reason?: JournalErrorReason };
