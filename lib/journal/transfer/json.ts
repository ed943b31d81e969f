import type { JournalContents } from '../store/everything';
import { canonicalEntry, canonicalPause } from '../entry/check';
import { canonicalRide } from '../../urges/check';

/** The export file's name for itself and its version; see docs/export-format.md. */
export const EXPORT_FORMAT = 'steady-journal';
/**
 * 2 added `rides` (urges ridden out). Files of version 1 still import; a Steady that knows
 * only version 1 says "made by a newer Steady" instead of refusing the unknown field.
 */
export const EXPORT_VERSION = 2;

export interface JournalExport extends JournalContents {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When the file was made, ms since the epoch. */
  exportedAt: number;
}

/**
 * The whole journal as JSON, every field of every record in one fixed order, so importing the
 * file and exporting again gives the same bytes (apart from exportedAt).
 */
export function toJson(contents: JournalContents, exportedAt = Date.now()): string {
  const file: JournalExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    entries: contents.entries.map(canonicalEntry),
    pauses: contents.pauses.map(canonicalPause),
    rides: (contents.rides ?? []).map(canonicalRide),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
