import { isFiltered, type JournalFilter } from './filter';
import { ENTRY_KINDS, NEEDS, isEntryKind, isNeed } from '../entry/types';
import { SUMMARY_PERIODS, type SummaryPeriod } from '../summary/range';

/**
 * What the journal page shows, kept in its URL so a reload (or a link from a notification)
 * opens the same view. Query-string names:
 * - `q`     words to search for (case- and accent-insensitive; every word must appear)
 * - `kind`  note | breathing | grounding | unsent
 * - `need`  reassurance | understanding | safety | space | other
 * - `tag`   one tag, matched without regard to case or accents
 * - `from`  first day to include, YYYY-MM-DD (local time)
 * - `to`    last day to include, YYYY-MM-DD (local time, the whole day)
 * - `entry` an entry's id: the page opens focused on it (for an unsent message, with the
 *           "Do you still want to send this?" prompt). The pause feature links here.
 * - `view`  entries (default) | insights | data | summary (the summary for a session)
 * - `period` the summary's days: week | fortnight | month (the last 7, 14 or 30, default week)
 *           | custom, with `start` and `end` (YYYY-MM-DD; kept as typed, checked by the view)
 * Unknown names and values that do not parse are ignored, never an error.
 */

export const JOURNAL_VIEWS = ['entries', 'insights', 'data', 'summary'] as const;
export type JournalView = (typeof JOURNAL_VIEWS)[number];

export interface JournalQuery extends JournalFilter {
  entry?: string;
  view: JournalView;
  period?: SummaryPeriod;
  start?: string;
  end?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day that exists on the calendar, or undefined. */
export function parseDay(value: string | null | undefined): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d
    ? value
    : undefined;
}

/** Local midnight at the start of a YYYY-MM-DD day, in ms. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** Local midnight after the end of a YYYY-MM-DD day, in ms (exclusive). */
export function dayEnd(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).getTime();
}

function text(params: URLSearchParams, name: string, max: number): string | undefined {
  const value = params.get(name)?.trim();
  return value ? value.slice(0, max) : undefined;
}

export function parseQuery(search: string): JournalQuery {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  const need = params.get('need');
  const view = params.get('view');
  const query: JournalQuery = {
    view: (JOURNAL_VIEWS as readonly string[]).includes(view ?? '')
      ? (view as JournalView)
      : 'entries',
  };
  const q = text(params, 'q', 200);
  const tag = text(params, 'tag', 40);
  const entry = text(params, 'entry', 100);
  const from = parseDay(params.get('from'));
  const to = parseDay(params.get('to'));
  if (q) query.q = q;
  if (isEntryKind(kind)) query.kind = kind;
  if (isNeed(need)) query.need = need;
  if (tag) query.tag = tag.replace(/^#+/, '');
  if (from) query.from = from;
  if (to) query.to = to;
  if (entry) query.entry = entry;
  const period = params.get('period');
  if ((SUMMARY_PERIODS as readonly string[]).includes(period ?? '')) {
    query.period = period as SummaryPeriod;
  }
  const start = text(params, 'start', 10);
  const end = text(params, 'end', 10);
  if (start) query.start = start;
  if (end) query.end = end;
  return query;
}

/** The query string for a query, in a stable order; '' when there is nothing to say. */
export function formatQuery(query: Partial<JournalQuery>): string {
  const params = new URLSearchParams();
  if (query.view && query.view !== 'entries') params.set('view', query.view);
  const names = [
    'q',
    'kind',
    'need',
    'tag',
    'from',
    'to',
    'entry',
    'period',
    'start',
    'end',
  ] as const;
  for (const name of names) {
    const value = query[name];
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export { ENTRY_KINDS, NEEDS, isFiltered, type JournalFilter };
