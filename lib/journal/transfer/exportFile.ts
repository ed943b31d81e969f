import type { Opener } from '../lock/codec';
import { readEverythingCounted, type JournalContents } from '../store/everything';
import type { JournalConnection } from '../store/open';
import { toCsv } from './csv';
import { EXPORT_FILES, type ExportKind } from './exportFiles';
import { toJson } from './json';
import { toMarkdown, type MarkdownWords } from './markdown';

/**
 * From this many entries an export is made in a worker. Below it, made on the page, it is over
 * within a frame or two (1,000 entries: 25–36 ms in the bench) and a worker's start would
 * only add to it (70 ms); at 10,000 the page would be held for a quarter of a second.
 */
export const EXPORT_IN_WORKER_FROM = 2_000;

/**
 * The file's text in each format. Markdown's headings and labels are in the person's language:
 * `words` brings them (the page's i18n, or the catalogue it handed to the worker). This file
 * and what it imports stay free of extension APIs, so the export's worker loads.
 */
export function fileText(
  contents: JournalContents,
  kind: ExportKind,
  now: number,
  words: MarkdownWords,
): string {
  return kind === 'json'
    ? toJson(contents, now)
    : kind === 'csv'
      ? toCsv(contents.entries)
      : toMarkdown(contents.entries, now, words);
}

/**
 * The export as a file, made where it runs (the export's worker, exportWorker.ts): reading,
 * opening and writing out 100,000 entries take seconds, none of them on the page's thread.
 */
export async function exportFile(
  db: JournalConnection,
  kind: ExportKind,
  now: number,
  open: Opener,
  words: MarkdownWords,
  onProgress: (done: number, total: number) => void,
): Promise<{ file: Blob; entries: number }> {
  const contents = await readEverythingCounted(db, open, onProgress);
  const type = `${EXPORT_FILES[kind].type};charset=utf-8`;
  return {
    file: new Blob([fileText(contents, kind, now, words)], { type }),
    entries: contents.entries.length,
  };
}
