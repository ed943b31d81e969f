// The clocks change inside the ranges below (Madrid goes from +1 to +2 on 29 March 2026 and
// back on 25 October). Set before any date is made; each test file runs in its own process.
process.env.TZ = 'Europe/Madrid';

import { describe, expect, it } from 'vitest';
import type { Entry, PauseEvent } from '@/lib/journal/entry/types';
import {
  choosableEntries,
  customRange,
  periodRange,
  summarise,
  topHours,
  type DayRange,
} from '@/lib/journal/summary';

const at = (y: number, m: number, d: number, h: number, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();

function note(id: string, createdAt: number, more: Partial<Entry> = {}): Entry {
  return {
    id,
    kind: 'note',
    createdAt,
    updatedAt: createdAt,
    text: `words ${id}`,
    tags: [],
    ...more,
  };
}

function range(from: string, to: string): DayRange {
  const checked = customRange(from, to, at(2026, 12, 1, 12));
  if (!('range' in checked)) throw new Error(checked.problem);
  return checked.range;
}

describe('the summary for a session, over its range', () => {
  it('runs in a time zone with clock changes', () => {
    expect(new Date(2026, 2, 28, 12).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 2, 30, 12).getTimezoneOffset()).toBe(-120);
  });

  it('says nothing happened for an empty range, with every day of it listed', () => {
    const s = summarise({ entries: [], pauses: [] }, range('2026-03-01', '2026-03-07'));
    expect(s.entries).toBe(0);
    expect(s.activeDays).toBe(0);
    expect(s.days.map((d) => d.day)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
    ]);
    expect(s.intensity).toEqual({ ratings: 0, strong: 0, strongDays: 0 });
    expect(s.hours.every((h) => h === 0)).toBe(true);
    expect(s.pauses.total).toBe(0);
    expect(topHours(s.hours)).toEqual([]);
  });

  it('sums one entry: its day, hour, strength and need', () => {
    const s = summarise(
      {
        entries: [note('a', at(2026, 3, 4, 22, 15), { intensity: 8, need: 'safety' })],
        pauses: [],
      },
      range('2026-03-01', '2026-03-07'),
    );
    expect(s.entries).toBe(1);
    expect(s.activeDays).toBe(1);
    expect(s.intensity).toEqual({
      ratings: 1,
      average: 8,
      peak: { value: 8, at: at(2026, 3, 4, 22, 15) },
      strong: 1,
      strongDays: 1,
    });
    expect(s.days.find((d) => d.day === '2026-03-04')).toEqual({
      day: '2026-03-04',
      ratings: 1,
      peak: 8,
    });
    expect(s.hours[22]).toBe(1);
    expect(s.strongHours[22]).toBe(1);
    expect(s.needs.find((n) => n.need === 'safety')?.count).toBe(1);
  });

  it('counts whole local days across the spring clock change, the short day included', () => {
    const r = range('2026-03-28', '2026-03-30');
    expect(r.days).toBe(3);
    // 71 hours, not 72: the night of the 29th is an hour short.
    expect(r.end - r.start).toBe(71 * 3_600_000);
    const entries = [
      note('before', at(2026, 3, 28, 0, 0), { intensity: 3 }),
      note('short-night', at(2026, 3, 29, 3, 30), { intensity: 7 }),
      note('late', at(2026, 3, 29, 23, 45), { intensity: 9 }),
      note('last', at(2026, 3, 30, 23, 59), { intensity: 2 }),
      note('after', at(2026, 3, 31, 0, 0), { intensity: 10 }),
      note('earlier', at(2026, 3, 27, 23, 59), { intensity: 10 }),
    ];
    const pauses: PauseEvent[] = [
      { id: 'p1', at: at(2026, 3, 29, 23, 50), site: 'whatsapp', outcome: 'sent' },
      { id: 'p2', at: at(2026, 3, 31, 0, 10), site: 'whatsapp', outcome: 'waited' },
    ];
    const s = summarise({ entries, pauses }, r);
    expect(s.entries).toBe(4);
    expect(s.days.map((d) => [d.day, d.peak])).toEqual([
      ['2026-03-28', 3],
      ['2026-03-29', 9],
      ['2026-03-30', 2],
    ]);
    // 03:30 on the 29th is local time after the clocks jumped from 02:00 to 03:00.
    expect(s.hours[3]).toBe(1);
    expect(s.hours[23]).toBe(3); // two notes and the pause without an entry
    expect(s.hours[0]).toBe(1);
    expect(s.intensity.peak).toEqual({ value: 9, at: at(2026, 3, 29, 23, 45) });
    expect(s.intensity.strongDays).toBe(1);
    expect(s.pauses.total).toBe(1);
    expect(s.pauses.outcomes).toEqual({ saved: 0, waited: 0, sent: 1 });
  });

  it('keeps the long autumn day as one day, its repeated hour counted twice', () => {
    const r = range('2026-10-25', '2026-10-25');
    expect(r.days).toBe(1);
    expect(r.end - r.start).toBe(25 * 3_600_000);
    const firstTwo = at(2026, 10, 25, 2, 30); // 02:30 summer time
    const secondTwo = firstTwo + 3_600_000; // 02:30 again, winter time
    const s = summarise({ entries: [note('x', firstTwo), note('y', secondTwo)], pauses: [] }, r);
    expect(new Date(secondTwo).getHours()).toBe(2);
    expect(s.hours[2]).toBe(2);
    expect(s.activeDays).toBe(1);
  });

  it('leaves breathing out of the strength of worry, and counts practice apart', () => {
    const breathing: Entry = {
      ...note('b', at(2026, 3, 2, 9), { intensity: 2 }),
      kind: 'breathing',
      text: '',
      breathing: { pattern: 'box', seconds: 60, cycles: 4 },
    };
    const s = summarise({ entries: [breathing], pauses: [] }, range('2026-03-01', '2026-03-07'));
    expect(s.intensity.ratings).toBe(0);
    expect(s.practice).toEqual({ breathing: 1, grounding: 0 });
    expect(s.hours.every((h) => h === 0)).toBe(true);
  });

  it('counts how pauses ended and unsent messages answered or open, a saved pause once', () => {
    const unsent = (id: string, answer?: 'passed' | 'send'): Entry => ({
      ...note(id, at(2026, 3, 3, 21)),
      kind: 'unsent',
      unsent: {
        site: 'whatsapp',
        matched: [],
        ...(answer ? { revisit: { answer, at: at(2026, 3, 3, 23) } } : {}),
      },
    });
    const s = summarise(
      {
        entries: [unsent('u1', 'passed'), unsent('u2')],
        pauses: [
          { id: 'p1', at: at(2026, 3, 3, 21), site: 'whatsapp', outcome: 'saved', entryId: 'u1' },
          { id: 'p2', at: at(2026, 3, 3, 21), site: 'whatsapp', outcome: 'waited', entryId: 'u2' },
          { id: 'p3', at: at(2026, 3, 5, 10), site: 'slack', outcome: 'sent' },
        ],
      },
      range('2026-03-01', '2026-03-07'),
    );
    expect(s.pauses).toEqual({
      total: 3,
      outcomes: { saved: 1, waited: 1, sent: 1 },
      revisits: { passed: 1, send: 0, unsure: 0 },
      open: 1,
    });
    expect(s.hours[21]).toBe(2);
    expect(s.hours[10]).toBe(1);
  });

  it('offers only entries with words in the range, newest first', () => {
    const r = range('2026-03-01', '2026-03-07');
    const chosen = choosableEntries(
      [
        note('old', at(2026, 2, 28, 23)),
        note('a', at(2026, 3, 1, 0)),
        note('blank', at(2026, 3, 2, 10), { text: '  ' }),
        note('b', at(2026, 3, 7, 23, 59)),
      ],
      r,
    );
    expect(chosen.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('choosing the days', () => {
  const now = at(2026, 3, 30, 8); // the morning after the clocks went forward

  it('ends a ready-made period today and counts back whole days', () => {
    expect(periodRange('week', now)).toMatchObject({
      from: '2026-03-24',
      to: '2026-03-30',
      days: 7,
    });
    expect(periodRange('fortnight', now)).toMatchObject({ from: '2026-03-17', days: 14 });
    expect(periodRange('month', now)).toMatchObject({ from: '2026-03-01', days: 30 });
    expect(periodRange('week', now).start).toBe(at(2026, 3, 24, 0));
  });

  it('says what is wrong with days that cannot be used, kindly and one thing at a time', () => {
    expect(customRange(undefined, '2026-03-10', now)).toEqual({ problem: 'missing' });
    expect(customRange('2026-02-30', '2026-03-10', now)).toEqual({ problem: 'missing' });
    expect(customRange('2026-03-10', '2026-03-01', now)).toEqual({ problem: 'order' });
    expect(customRange('2026-04-02', '2026-04-05', now)).toEqual({ problem: 'future' });
    expect(customRange('2025-01-01', '2026-03-01', now)).toEqual({ problem: 'tooLong' });
    expect(customRange('2026-03-05', '2026-03-05', now)).toMatchObject({ range: { days: 1 } });
  });
});
