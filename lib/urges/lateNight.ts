/**
 * The late-night guard's window: the hours the person chose in which the pause is stronger
 * (a longer breath, "Wait until morning" first). Framework-free, and small on purpose: the
 * pause content script ships `isLateNight` and `lateNightSeconds`, so every byte here counts
 * against its 14 kB budget.
 *
 * Everything is in LOCAL wall-clock time (Date's getHours and its local constructor), never in
 * UTC or as "now plus n hours": after a flight or a daylight-saving change, 23:00 means what
 * the clock on the wall says.
 */
export interface LateNight {
  on: boolean;
  /** "HH:MM", 24 hours, as an <input type="time"> gives it. */
  from: string;
  to: string;
}

/** Off until the person turns it on; then 23:00 to 07:00 unless they choose other hours. */
export const DEFAULT_LATE_NIGHT: LateNight = { on: false, from: '23:00', to: '07:00' };

/** The breath may grow to this, and no longer: a pause that feels endless reads as a penalty. */
export const LATE_NIGHT_MAX_SECONDS = 60;

/** "Wait until morning" never sets a reminder further ahead than this (checked in the background). */
export const MAX_MORNING_MS = 16 * 3_600_000;

/** Minutes since midnight of an "HH:MM", or -1 when it is not one. */
export function clockMinutes(value: unknown): number {
  const m = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  return m ? +m[1]! * 60 + +m[2]! : -1;
}

/**
 * Whether `minute` (minutes since midnight) is in [from, to). A window may cross midnight
 * (23:00–07:00) or not (13:00–15:00); from === to is an empty window, never "all day".
 */
export function insideWindow(minute: number, from: number, to: number): boolean {
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** Whether the guard is on and the local time of `date` is inside its window. */
export function isLateNight(window: LateNight, date: Date): boolean {
  const from = clockMinutes(window.from);
  const to = clockMinutes(window.to);
  return (
    window.on &&
    from >= 0 &&
    to >= 0 &&
    insideWindow(date.getHours() * 60 + date.getMinutes(), from, to)
  );
}

/**
 * The breath at night: double the chosen one, up to LATE_NIGHT_MAX_SECONDS (which is also the
 * longest one can choose, PAUSE_LENGTHS, so it is never shorter than by day).
 */
export function lateNightSeconds(seconds: number): number {
  return Math.min(LATE_NIGHT_MAX_SECONDS, seconds * 2);
}

/**
 * The next moment, strictly after `now`, that the local clock shows the window's end: the
 * morning. Built from the local date each time (not now + minutes), so a daylight-saving night
 * still ends at 07:00 on the wall. If the end falls in the hour a spring-forward skips, the
 * browser moves it to the first real minute after.
 */
export function nextWindowEnd(window: LateNight, now: Date): Date {
  const to = Math.max(0, clockMinutes(window.to));
  const hours = Math.floor(to / 60);
  const minutes = to % 60;
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  // Set again after the day moved: a DST change in between keeps the wall-clock time.
  next.setHours(hours, minutes, 0, 0);
  return next;
}

/**
 * When "Wait until morning" reminds: the window's next end by the background's own clock,
 * never a time from the page, and never more than MAX_MORNING_MS ahead.
 */
export function morningReminderAt(window: LateNight, now: number): number {
  return Math.min(nextWindowEnd(window, new Date(now)).getTime(), now + MAX_MORNING_MS);
}

/** A stored window kept where valid; anything else falls back to the default's part. */
export function sanitiseLateNight(value: unknown): LateNight {
  const v = (typeof value === 'object' && value) || {};
  const { on, from, to } = v as Partial<Record<keyof LateNight, unknown>>;
  const d = DEFAULT_LATE_NIGHT;
  return {
    on: on === true,
    from: clockMinutes(from) < 0 ? d.from : (from as string),
    to: clockMinutes(to) < 0 ? d.to : (to as string),
  };
}
