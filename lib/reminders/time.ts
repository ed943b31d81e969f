/** "HH:MM" in 24 hours, as an <input type="time"> gives it. */
export type ClockTime = `${number}:${number}`;

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(value: unknown): value is ClockTime {
  return typeof value === 'string' && CLOCK.test(value);
}

/**
 * The next moment the clock on this device shows `time`, strictly after `now`. Computed from
 * the local date each time, never as "24 hours later", so a daylight-saving change keeps the
 * check-in at the time the person chose.
 */
export function nextAt(time: ClockTime, now: Date): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  // Setting the date again after the day moved keeps the wall-clock time across a DST change.
  next.setHours(hours, minutes, 0, 0);
  return next;
}

/** The time said the way the UI's language says it ("8:00 PM", "20:00"). */
export function formatClock(time: ClockTime, locale: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(2000, 0, 1, hours, minutes),
  );
}
