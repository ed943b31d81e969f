/** The export's formats: JSON to keep or move (round-trips), Markdown to read, CSV for a sheet. */
export type ExportKind = 'json' | 'markdown' | 'csv';

/** Each format's file name ending and type. */
export const EXPORT_FILES: Record<ExportKind, { ext: string; type: string }> = {
  json: { ext: 'json', type: 'application/json' },
  markdown: { ext: 'md', type: 'text/markdown' },
  csv: { ext: 'csv', type: 'text/csv' },
};
