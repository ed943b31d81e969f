import { exportJournal as readExport, type ExportKind } from '@/lib/journal/door';

export type { ExportKind };

const FILES: Record<ExportKind, { ext: string; type: string }> = {
  json: { ext: 'json', type: 'application/json' },
  markdown: { ext: 'md', type: 'text/markdown' },
  csv: { ext: 'csv', type: 'text/csv' },
};

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Hands the browser a file to save: a blob URL and a download link, nothing over the network. */
function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads the whole journal and saves it in the chosen format; resolves with how many entries. */
export async function exportJournal(kind: ExportKind): Promise<number> {
  const { text, entries } = await readExport(kind);
  saveFile(`steady-journal-${today()}.${FILES[kind].ext}`, text, FILES[kind].type);
  return entries;
}
