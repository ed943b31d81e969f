import type { JournalErrorReason } from '../errors';
import type { UnlockedKeys } from '../lock/crypto';
import type { ExportKind } from './exportFiles';
import type { MarkdownCatalogue } from './markdownCatalogue';

/** What the page gives the export's worker (exportWorker.ts), once. */
export interface ToExport {
  kind: ExportKind;
  now: number;
  /** Markdown's words in the page's language (a worker has no i18n of its own). */
  words?: MarkdownCatalogue;
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
