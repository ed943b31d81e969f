import type { Opener } from '../lock/codec';
import { readEverythingCounted, type JournalContents } from '../store/everything';
import type { JournalConnection } from '../store/open';
import { toCsv } from './csv';
import { EXPORT_FILES, type ExportKind } from './exportFiles';
import { toJson } from './json';

/**
 * From this many entries an export is made in a worker. Below it, made on the page, it is over
 * within a frame or two (1,000 entries: about 28 ms in the bench) and a worker's start would
 * only add to it (70 ms); at 10,000 the page would be held for a quarter of a second.
 */
export const EXPORT_IN_WORKER_FROM = 2_000;

/** The export formats a worker can make: the words in them need no translation. */
export type WorkerExportKind = Exclude<ExportKind, 'markdown'>;

export const madeInWorker = (kind: ExportKind): kind is WorkerExportKind => kind !== 'markdown';

/**
 * JSON and CSV file text. Markdown is not here: its headings and labels are in the person's
 * language, through the extension's i18n API, which a worker does not have; it is made on the
 * page (backupFiles.ts). This file must stay free of that API so the export's worker loads.
 */
export function dataFileText(
  contents: JournalContents,
  kind: WorkerExportKind,
  now: number,
): string {
  return kind === 'json' ? toJson(contents, now) : toCsv(contents.entries);
}

/**
 * The export as a file, made where it runs (the export's worker, exportWorker.ts): reading,
 * opening and writing out 100,000 entries take seconds, none of them on the page's thread.
 */
export async function exportFile(
  db: JournalConnection,
  kind: WorkerExportKind,
  now: number,
  open: Opener,
  onProgress: (done: number, total: number) => void,
): Promise<{ file: Blob; entries: number }> {
  const contents = await readEverythingCounted(db, open, onProgress);
  const type = `${EXPORT_FILES[kind].type};charset=utf-8`;
  return {
    file: new Blob([dataFileText(contents, kind, now)], { type }),
    entries: contents.entries.length,
  };
}
