import { describe, expect, it } from 'vitest';
import { formatClock, isClockTime, nextAt } from '@/lib/reminders/time';

describe('the time of the daily check-in', () => {
  it('is later today when the time has not come yet, tomorrow when it has', () => {
    const morning = new Date(2026, 2, 10, 9, 30);
    expect(nextAt('20:00', morning)).toEqual(new Date(2026, 2, 10, 20, 0));
    const night = new Date(2026, 2, 10, 21, 0);
    expect(nextAt('20:00', night)).toEqual(new Date(2026, 2, 11, 20, 0));
  });

  it('never rings twice for the same minute: exactly at the time, the next is tomorrow', () => {
    expect(nextAt('08:15', new Date(2026, 0, 1, 8, 15))).toEqual(new Date(2026, 0, 2, 8, 15));
  });

  it('keeps the clock time across a month end', () => {
    expect(nextAt('07:00', new Date(2026, 0, 31, 23, 0))).toEqual(new Date(2026, 1, 1, 7, 0));
  });

  it('accepts only a 24-hour HH:MM', () => {
    expect(isClockTime('20:00')).toBe(true);
    expect(isClockTime('00:59')).toBe(true);
    for (const bad of ['24:00', '8:00', '20:60', '', 20, null, '20:00:00']) {
      expect(isClockTime(bad)).toBe(false);
    }
  });

  it('is said the way each language says it', () => {
    expect(formatClock('20:00', 'en')).toMatch(/^8:00\sPM$/);
    expect(formatClock('20:00', 'es')).toBe('20:00');
  });
});
