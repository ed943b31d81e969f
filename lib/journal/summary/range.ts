import { dayEnd, dayStart, parseDay } from '../search/query';

/**
 * The stretch of days a summary for a session covers. Days are local calendar days
 * (YYYY-MM-DD), and every step is taken on the calendar (new Date(y, m, d ± n)), never by
 * adding 24 hours: a day with a clock change is 23 or 25 hours long, and the summary's days
 * must still be the days the person lived.
 */

export const SUMMARY_PERIODS = ['week', 'fortnight', 'month', 'custom'] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

/** How many days each ready-made period covers, today included. */
export const PERIOD_DAYS = { week: 7, fortnight: 14, month: 30 } as const;

/** A summary is for the weeks before a session: longer than this is a different tool. */
export const MAX_RANGE_DAYS = 92;

export interface DayRange {
  /** First day, YYYY-MM-DD (local). */
  from: string;
  /** Last day, YYYY-MM-DD (local, the whole day). */
  to: string;
  /** Local midnight at the start of `from`, ms. */
  start: number;
  /** Local midnight after `to`, ms (exclusive). */
  end: number;
  /** How many calendar days, both ends included. */
  days: number;
}

export type RangeProblem = 'missing' | 'order' | 'future' | 'tooLong';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day of a moment, YYYY-MM-DD. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The day `n` calendar days after `day` (before, for a negative n). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(y, m - 1, d + n).getTime());
}

/** Every day from `from` to `to`, both included, in order. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length <= MAX_RANGE_DAYS * 4; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

function range(from: string, to: string): DayRange {
  return { from, to, start: dayStart(from), end: dayEnd(to), days: daysBetween(from, to).length };
}

/** A ready-made period ending today. */
export function periodRange(period: Exclude<SummaryPeriod, 'custom'>, now = Date.now()): DayRange {
  const today = localDay(now);
  return range(addDays(today, 1 - PERIOD_DAYS[period]), today);
}

/**
 * Days the person typed, checked kindly: either a range, or the one thing to say about them.
 * The days come from date inputs (YYYY-MM-DD) or the address, so anything may arrive.
 */
export function customRange(
  from: string | undefined,
  to: string | undefined,
  now = Date.now(),
): { range: DayRange } | { problem: RangeProblem } {
  const first = parseDay(from);
  const last = parseDay(to);
  if (!first || !last) return { problem: 'missing' };
  if (first > last) return { problem: 'order' };
  if (first > localDay(now)) return { problem: 'future' };
  if (daysBetween(first, last).length > MAX_RANGE_DAYS) return { problem: 'tooLong' };
  return { range: range(first, last) };
}

/** Whether a moment falls inside the range. */
export function inRange(r: Pick<DayRange, 'start' | 'end'>, ms: number): boolean {
  return ms >= r.start && ms < r.end;
}
