import { describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/journal/entry/types';
import { MINUTE, answer, finish, startRide } from '@/lib/urges/ride';
import {
  EMPTY_ANSWERS,
  buildSheet,
  customRange,
  sheetText,
  summarise,
  type DayRange,
} from '@/lib/journal/summary';

const at = (d: number, h: number) => new Date(2026, 2, d, h, 5).getTime();
const days = (() => {
  const c = customRange('2026-03-01', '2026-03-07', at(20, 12));
  if (!('range' in c)) throw new Error('range');
  return c.range;
})() satisfies DayRange;

const entry = (
  id: string,
  d: number,
  h: number,
  text: string,
  more: Partial<Entry> = {},
): Entry => ({
  id,
  kind: 'note',
  createdAt: at(d, h),
  updatedAt: at(d, h),
  text,
  tags: [],
  ...more,
});

const entries = [
  entry('a', 2, 22, 'No reply since this morning.', { intensity: 8, need: 'reassurance' }),
  entry('b', 4, 22, 'Felt calmer after a walk.', { intensity: 3, need: 'understanding' }),
  entry('c', 5, 23, 'They said talk later.', { intensity: 7, need: 'reassurance' }),
];

describe('the summary page in words', () => {
  const summary = summarise({ entries, pauses: [] }, days);

  it('says the sums plainly, and nothing of an entry that was not chosen', () => {
    const text = sheetText(buildSheet(summary, EMPTY_ANSWERS, [], at(20, 12)));
    expect(text).toContain('SUMMARY FOR A SESSION');
    expect(text).toContain('3 entries in the journal, written on 3 of these 7 days.');
    expect(text).toContain('Strength noted 3 times, on average 6 out of 10.');
    expect(text).toContain('It reached 7 or more 2 times, on 2 days.');
    expect(text).toContain('Needs named: Reassurance (2 times) and Understanding (1 time).');
    expect(text).toContain("Steady didn't pause before any message on these days.");
    for (const e of entries) expect(text).not.toContain(e.text);
  });

  it('says the urges ridden out on these days, and nothing of them when there were none', () => {
    expect(sheetText(buildSheet(summary, EMPTY_ANSWERS, []))).not.toContain('URGES RIDDEN OUT');
    const rode = (d: number, eased: number) =>
      finish(
        answer(startRide(8, at(d, 23), { source: 'popup' }), 'easing', at(d, 23) + eased * MINUTE),
        at(d, 23) + 9 * MINUTE,
      );
    const before = finish(
      startRide(9, at(28, 23) - 30 * 24 * 60 * MINUTE, { source: 'popup' }),
      at(28, 23),
    );
    const withRides = summarise(
      { entries, pauses: [], rides: [rode(2, 4), rode(3, 6), before] },
      days,
    );
    const text = sheetText(buildSheet(withRides, EMPTY_ANSWERS, []));
    expect(text).toContain('Urges ridden out');
    expect(text).toContain(
      '2 urges ridden out. 2 eased while you stayed with them, usually after about 5 minutes; the longest took 6 minutes.',
    );
  });

  it('holds the chosen entries in full, oldest first, and only the questions answered', () => {
    const sheet = buildSheet(summary, { ...EMPTY_ANSWERS, seeking: 'To feel that we are fine.' }, [
      entries[2]!,
      entries[0]!,
    ]);
    const text = sheetText(sheet);
    expect(text).toContain('What am I truly seeking in those moments?\nTo feel that we are fine.');
    expect(text).not.toContain('What triggers my anxiety');
    expect(text.indexOf('No reply since')).toBeLessThan(text.indexOf('They said talk later.'));
    expect(text).not.toContain('Felt calmer after a walk.');
    expect(sheet.sections.map((s) => s.id)).toEqual([
      'short',
      'worry',
      'hours',
      'needs',
      'pauses',
      'prompts',
      'entries',
    ]);
  });

  it('is kind about an empty stretch', () => {
    const text = sheetText(
      buildSheet(summarise({ entries: [], pauses: [] }, days), EMPTY_ANSWERS, []),
    );
    expect(text).toContain('Nothing was written in the journal on these days');
    expect(text).toContain('No strength was noted on these days.');
  });
});
