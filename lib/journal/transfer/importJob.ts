import type { Sealer } from '../lock/codec';
import { writeImport, type ImportSummary } from '../store/importWrite';
import type { JournalConnection } from '../store/open';
import type { ImportProgress } from './importProgress';
import { ImportError, MAX_IMPORT_BYTES, parseImport } from './parse';

/** What an import reads: the chosen file itself (read where the import runs), or its text. */
export type ImportSource = Blob | string;

/**
 * One import from start to end: the size checked before anything is read, the file read and
 * checked completely, then written all or nothing (writeImport). The same steps in the import's
 * worker (importWorker.ts) and, where there is no worker, on the page. Throws ImportError for a
 * file that is refused, JournalError when the write fails; either way nothing was written.
 */
export async function runImport(
  db: JournalConnection,
  source: ImportSource,
  byteLength: number | undefined,
  seal: Sealer,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportSummary> {
  const size = byteLength ?? (typeof source === 'string' ? source.length : source.size);
  // A huge file costs nothing: it is refused before it is read.
  if (size > MAX_IMPORT_BYTES) throw new ImportError({ reason: 'too-big' });
  onProgress({ phase: 'checking' });
  let text: string;
  try {
    text = typeof source === 'string' ? source : await source.text();
  } catch {
    // The file was moved or deleted after it was chosen.
    throw new ImportError({ reason: 'not-json' });
  }
  const contents = parseImport(text, size);
  return writeImport(db, contents, seal, (done, total) =>
    onProgress({ phase: 'writing', done, total }),
  );
}
