import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_LATE_NIGHT,
  MAX_MORNING_MS,
  clockMinutes,
  insideWindow,
  isLateNight,
  lateNightSeconds,
  morningReminderAt,
  nextWindowEnd,
  sanitiseLateNight,
} from '@/lib/urges/lateNight';

const night = { on: true, from: '23:00', to: '07:00' };
const afternoon = { on: true, from: '13:00', to: '15:00' };
const at = (h: number, m = 0) => h * 60 + m;

/** The wall clock of a Date in the zone the test set, as "YYYY-MM-DD HH:MM". */
function wall(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

const originalTz = process.env.TZ;
function inZone(zone: string): void {
  // Node reads TZ again when it is assigned: Dates made after this follow the new zone.
  process.env.TZ = zone;
}
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the late-night window, on minutes of the day', () => {
  it('reads "HH:MM" in 24 hours and nothing else', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('07:30')).toBe(450);
    expect(clockMinutes('23:59')).toBe(1439);
    for (const bad of ['24:00', '7:00', '07:60', '', 'late', 700, null, undefined]) {
      expect(clockMinutes(bad), String(bad)).toBe(-1);
    }
  });

  it('crosses midnight: 23:00 to 07:00 holds 23:00 and 06:59, not 07:00 or 22:59', () => {
    const from = at(23);
    const to = at(7);
    expect(insideWindow(at(23), from, to)).toBe(true);
    expect(insideWindow(at(0), from, to)).toBe(true);
    expect(insideWindow(at(6, 59), from, to)).toBe(true);
    expect(insideWindow(at(7), from, to)).toBe(false);
    expect(insideWindow(at(12), from, to)).toBe(false);
    expect(insideWindow(at(22, 59), from, to)).toBe(false);
  });

  it('works within one day too (13:00 to 15:00), and from === to is no hours at all', () => {
    expect(insideWindow(at(13), at(13), at(15))).toBe(true);
    expect(insideWindow(at(14, 59), at(13), at(15))).toBe(true);
    expect(insideWindow(at(15), at(13), at(15))).toBe(false);
    expect(insideWindow(at(2), at(13), at(15))).toBe(false);
    for (const minute of [0, at(7), at(12), at(23, 59)]) {
      expect(insideWindow(minute, at(7), at(7))).toBe(false);
    }
  });

  it('doubles the breath at night, up to a minute and never shorter than by day', () => {
    expect([10, 20, 30, 60].map(lateNightSeconds)).toEqual([20, 40, 60, 60]);
  });
});

describe('the late-night window, on the local clock', () => {
  it('is off until the person turns it on', () => {
    expect(DEFAULT_LATE_NIGHT.on).toBe(false);
    expect(isLateNight(DEFAULT_LATE_NIGHT, new Date(2026, 0, 10, 1, 0))).toBe(false);
    expect(isLateNight({ ...DEFAULT_LATE_NIGHT, on: true }, new Date(2026, 0, 10, 1, 0))).toBe(
      true,
    );
  });

  it('follows the wall clock of the zone the device is in, not UTC', () => {
    // One instant: 04:30 UTC is 23:30 in New York (inside) and 05:30 in Madrid (inside), but
    // 13:30 in Tokyo (outside). A flight changes the answer, as the wall clock does.
    const instant = Date.UTC(2026, 0, 10, 4, 30);
    inZone('America/New_York');
    expect(isLateNight(night, new Date(instant))).toBe(true);
    expect(isLateNight(afternoon, new Date(instant))).toBe(false);
    inZone('Asia/Tokyo');
    expect(isLateNight(night, new Date(instant))).toBe(false);
    expect(isLateNight(afternoon, new Date(instant))).toBe(true);
  });

  it('ends the night at the next 07:00 on the wall, the same night or the next morning', () => {
    inZone('Europe/Madrid');
    expect(wall(nextWindowEnd(night, new Date(2026, 0, 10, 23, 30)))).toBe('2026-01-11 07:00');
    expect(wall(nextWindowEnd(night, new Date(2026, 0, 11, 2, 0)))).toBe('2026-01-11 07:00');
    // At 07:00 sharp the night is over: the next end is tomorrow's.
    expect(wall(nextWindowEnd(night, new Date(2026, 0, 11, 7, 0)))).toBe('2026-01-12 07:00');
    // Across a month and a year.
    expect(wall(nextWindowEnd(night, new Date(2026, 11, 31, 23, 45)))).toBe('2027-01-01 07:00');
  });

  it('keeps 07:00 on the wall across daylight-saving changes (so the night is an hour shorter or longer)', () => {
    inZone('Europe/Madrid');
    // Spring forward: 29 March 2026, 02:00 → 03:00. From 23:00 the night is 7 real hours.
    const spring = new Date(2026, 2, 28, 23, 0);
    const springEnd = nextWindowEnd(night, spring);
    expect(wall(springEnd)).toBe('2026-03-29 07:00');
    expect(springEnd.getTime() - spring.getTime()).toBe(7 * 3_600_000);
    // Fall back: 25 October 2026, 03:00 → 02:00. From 23:00 the night is 9 real hours.
    const autumn = new Date(2026, 9, 24, 23, 0);
    const autumnEnd = nextWindowEnd(night, autumn);
    expect(wall(autumnEnd)).toBe('2026-10-25 07:00');
    expect(autumnEnd.getTime() - autumn.getTime()).toBe(9 * 3_600_000);
    // An end in the hour the spring skips lands on the first real minute after it.
    const skipped = nextWindowEnd({ on: true, from: '23:00', to: '02:30' }, spring);
    expect(wall(skipped)).toBe('2026-03-29 03:30');
  });

  it('reminds in the morning by the clock of wherever the device is when it is asked', () => {
    // The same instant asked in two zones gives each zone's own 07:00.
    const instant = Date.UTC(2026, 0, 10, 4, 30);
    inZone('America/New_York');
    expect(wall(new Date(morningReminderAt(night, instant)))).toBe('2026-01-10 07:00');
    expect(morningReminderAt(night, instant) - instant).toBe(7.5 * 3_600_000);
    inZone('Europe/Madrid');
    expect(wall(new Date(morningReminderAt(night, instant)))).toBe('2026-01-10 07:00');
    expect(morningReminderAt(night, instant) - instant).toBe(1.5 * 3_600_000);
  });

  it('never reminds more than 16 hours ahead, whatever the window', () => {
    inZone('Europe/Madrid');
    const now = new Date(2026, 0, 10, 8, 0).getTime(); // just after a 07:00 end
    expect(morningReminderAt(night, now)).toBe(now + MAX_MORNING_MS);
    const long = { on: true, from: '08:00', to: '06:00' };
    expect(morningReminderAt(long, now)).toBe(now + MAX_MORNING_MS);
  });
});

describe('the stored window', () => {
  it('keeps valid parts and falls back to the default for the rest', () => {
    expect(sanitiseLateNight(undefined)).toEqual(DEFAULT_LATE_NIGHT);
    expect(sanitiseLateNight('23:00')).toEqual(DEFAULT_LATE_NIGHT);
    expect(sanitiseLateNight({ on: true, from: '22:30', to: '06:15' })).toEqual({
      on: true,
      from: '22:30',
      to: '06:15',
    });
    expect(sanitiseLateNight({ on: 'yes', from: '25:00', to: 7 })).toEqual(DEFAULT_LATE_NIGHT);
    expect(sanitiseLateNight({ on: true, from: '21:00', to: 'dawn' })).toEqual({
      on: true,
      from: '21:00',
      to: '07:00',
    });
  });
});
