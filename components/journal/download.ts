import { exportJournalFile, type ExportKind, type ExportProgress } from '@/lib/journal/door';
import { EXPORT_FILES } from '@/lib/journal/transfer/exportFiles';

export type { ExportKind, ExportProgress };

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Hands the browser a file to save: a blob URL and a download link, nothing over the network. */
function saveFile(name: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reads the whole journal (in a worker) and saves it in the chosen format; resolves with how
 * many entries the file holds.
 */
export async function exportJournal(
  kind: ExportKind,
  onProgress?: (progress: ExportProgress) => void,
): Promise<number> {
  const { file, entries } = await exportJournalFile(kind, onProgress);
  saveFile(`steady-journal-${today()}.${EXPORT_FILES[kind].ext}`, file);
  return entries;
}
