import { describe, expect, it } from 'vitest';
import { easeSummary, outcomeOf, replayLine } from '@/lib/urges/ease';
import { MINUTE, answer, extend, finish, startRide, type Ride } from '@/lib/urges/ride';

const DAY = 24 * 60 * MINUTE;
let n = 0;

/** A ride on day `day` that eased after `minutes` (or never, with 'stopped' / 'time'). */
function ride(day: number, how: number | 'stopped' | 'time', strength = 7): Ride {
  const start = Date.UTC(2026, 10, 1) + day * DAY;
  let r = startRide(strength, start, { source: 'popup' }, `r${n++}`);
  if (typeof how === 'number') {
    for (let m = 1; m < how; m++) r = answer(r, 'same', start + m * MINUTE);
    return answer(r, 'easing', start + how * MINUTE);
  }
  r = answer(r, 'same', start + MINUTE);
  return how === 'time' ? finish(r, start + 20 * MINUTE) : finish(r, start + 2 * MINUTE);
}

describe('how long the person’s urges take to ease', () => {
  it('takes the median and the longest of the rides that eased', () => {
    const summary = easeSummary([ride(0, 3), ride(1, 5), ride(2, 12)]);
    expect(summary).toMatchObject({ rides: 3, eased: 3, typicalMinutes: 5, withinMinutes: 12 });
  });

  it('leaves a ride stopped before it eased out of the times, and says so', () => {
    const summary = easeSummary([ride(0, 4), ride(1, 'stopped'), ride(2, 6)]);
    expect(summary).toMatchObject({ rides: 3, eased: 2, unknown: 1, stayed: 0 });
    expect(summary.typicalMinutes).toBe(5);
    expect(outcomeOf(ride(3, 'stopped'))).toBe('unknown');
  });

  it('counts a ride that ran its whole time without easing as one that stayed', () => {
    expect(outcomeOf(ride(0, 'time'))).toBe('stayed');
    expect(easeSummary([ride(0, 'time')])).toMatchObject({ stayed: 1, eased: 0 });
    expect(easeSummary([ride(0, 'time')]).typicalMinutes).toBeUndefined();
  });

  it('counts an urge of 0 at the start as eased at once', () => {
    expect(easeSummary([ride(0, 'stopped', 0)])).toMatchObject({ eased: 1, typicalMinutes: 1 });
  });

  it('counts an extended ride by when it eased, however long it ran', () => {
    const start = Date.UTC(2026, 10, 1);
    let long = startRide(9, start, { source: 'popup' });
    long = extend(long, start + 15 * MINUTE);
    long = answer(long, 'easing', start + 17 * MINUTE);
    expect(easeSummary([long]).withinMinutes).toBe(17);
    // Answered a few seconds into the minute: "within about 2 minutes", not 3.
    const late = answer(
      startRide(6, start, { source: 'popup' }),
      'easing',
      start + 2 * MINUTE + 4000,
    );
    expect(easeSummary([late]).withinMinutes).toBe(2);
  });
});

describe('the line the next pause shows', () => {
  it('says nothing before there are three rides with a known end', () => {
    expect(replayLine([ride(0, 3), ride(1, 4)])).toBeUndefined();
    // Stopped early: neither a success nor a failure, and not enough to speak of.
    expect(replayLine([ride(0, 3), ride(1, 4), ride(2, 'stopped')])).toBeUndefined();
  });

  it('speaks of the last five, to the nearest minute', () => {
    const rides = [
      ride(0, 30 / 60 + 14),
      ride(1, 2),
      ride(2, 3),
      ride(3, 8),
      ride(4, 11),
      ride(5, 12),
    ];
    // The oldest (about 15 minutes) is no longer among the last five.
    expect(replayLine(rides)).toEqual({ kind: 'all', count: 5, minutes: 12 });
  });

  it('says "most" when more than half eased, and nothing when half or fewer did', () => {
    expect(replayLine([ride(0, 3), ride(1, 'time'), ride(2, 5), ride(3, 6)])).toEqual({
      kind: 'most',
      count: 4,
      minutes: 6,
    });
    expect(replayLine([ride(0, 3), ride(1, 'time'), ride(2, 'time'), ride(3, 6)])).toBeUndefined();
  });
});
