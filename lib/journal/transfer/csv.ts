import type { Entry } from '../entry/types';

/**
 * One row per entry, in RFC 4180 CSV: comma-separated, CRLF line ends, a field in double quotes
 * when it holds a comma, quote, CR or LF, and quotes inside doubled.
 */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'created',
  'updated',
  'text',
  'intensity',
  'need',
  'tags',
  'site',
  'matched',
  'revisit',
  'breathing_pattern',
  'breathing_seconds',
  'breathing_cycles',
  'grounding',
] as const;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, and tab or CR, which some apps treat
 * the same) gets a leading apostrophe, so it is shown as the text it is (OWASP's advice for
 * CSV injection).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string): string {
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(entry: Entry): string[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  return [
    entry.id,
    entry.kind,
    iso(entry.createdAt),
    iso(entry.updatedAt),
    entry.text,
    entry.intensity === undefined ? '' : String(entry.intensity),
    entry.need ?? '',
    entry.tags.join(', '),
    entry.unsent?.site ?? '',
    entry.unsent?.matched.join(', ') ?? '',
    entry.unsent?.revisit?.answer ?? '',
    entry.breathing?.pattern ?? '',
    entry.breathing ? String(entry.breathing.seconds) : '',
    entry.breathing ? String(entry.breathing.cycles) : '',
    entry.grounding?.steps.map((items) => items.join(', ')).join(' | ') ?? '',
  ];
}

export function toCsv(entries: readonly Entry[]): string {
  const lines = [CSV_COLUMNS.join(','), ...entries.map((e) => row(e).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
