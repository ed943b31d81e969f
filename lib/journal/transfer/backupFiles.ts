import type { JournalConnection } from '../store/open';
import { readEverything } from '../store/everything';
import type { ImportSummary } from '../store/importWrite';
import { runImport, type ImportSource } from './importJob';
import type { ImportProgress } from './importProgress';
import { fileText } from './exportFile';
import { pageWords } from './markdownWords';
import { importErrorText } from './messages';
import type { Codec } from '../lock/codec';
import type { ExportKind } from './exportFiles';

export { importErrorText };

export type { ExportKind };

/**
 * Backups in and out. Loaded by the door only when someone exports or imports, so the popup
 * and the new tab never ship the formats or the import's checks.
 */
export async function exportText(
  db: JournalConnection,
  kind: ExportKind,
  now: number,
  codec: Codec,
): Promise<{ text: string; entries: number }> {
  const contents = await readEverything(db, codec.open);
  return { text: fileText(contents, kind, now, pageWords), entries: contents.entries.length };
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; message: string };

/**
 * Checks the whole file first (nothing is written if any of it is wrong), then writes it all or
 * nothing, on this thread (where there is no worker: importClient.ts runs the same in one).
 * Never throws: a refusal comes back as the kind sentence to show, which always says the
 * journal is as it was.
 */
export async function importText(
  db: JournalConnection,
  source: ImportSource,
  byteLength: number | undefined,
  codec: Codec,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  try {
    const summary = await runImport(db, source, byteLength, codec.seal, onProgress);
    return { ok: true, summary };
  } catch (error) {
    return { ok: false, message: importErrorText(error) };
  }
}
