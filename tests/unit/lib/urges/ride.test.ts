import { describe, expect, it } from 'vitest';
import {
  MINUTE,
  answer,
  canExtend,
  curveOf,
  easedAfter,
  endsAt,
  extend,
  finish,
  minutesIn,
  nextChangeAt,
  phaseOf,
  startRide,
  type Ride,
} from '@/lib/urges/ride';
import { checkRide } from '@/lib/urges/check';
import { FieldError } from '@/lib/journal/entry/fields';

/** A fake clock: every step of a ride takes the time it happens at. */
const T0 = Date.UTC(2026, 11, 1, 23, 0);
const at = (minutes: number, seconds = 0) => T0 + minutes * MINUTE + seconds * 1000;
const fresh = (strength = 8) => startRide(strength, T0, { source: 'pause', pauseId: 'p1' }, 'r1');

describe('a ride, step by step on a fake clock', () => {
  it('starts with the strength the person gave, set for 15 minutes, riding', () => {
    const ride = fresh();
    expect(ride).toMatchObject({ strength: 8, minutes: 15, checks: [], pauseId: 'p1' });
    expect(phaseOf(ride, at(0, 30))).toBe('riding');
    expect(endsAt(ride)).toBe(at(15));
  });

  it('asks once a minute, and an unanswered question stays up rather than piling up', () => {
    let ride = fresh();
    expect(nextChangeAt(ride, at(0, 10))).toBe(at(1));
    expect(phaseOf(ride, at(1))).toBe('check');
    expect(phaseOf(ride, at(3, 40))).toBe('check'); // still the one question
    ride = answer(ride, 'same', at(3, 40));
    // The next comes a minute after the answer, not on the clock's minute.
    expect(phaseOf(ride, at(4, 20))).toBe('riding');
    expect(phaseOf(ride, at(4, 40))).toBe('check');
    expect(ride.checks).toEqual([{ at: at(3, 40), answer: 'same' }]);
  });

  it('ends at once when the urge is gone', () => {
    let ride = answer(fresh(), 'easing', at(1));
    ride = answer(ride, 'gone', at(2));
    expect(ride).toMatchObject({ end: 'gone', endedAt: at(2) });
    expect(phaseOf(ride, at(2))).toBe('ended');
    expect(answer(ride, 'same', at(3))).toBe(ride); // nothing after the end
    expect(nextChangeAt(ride, at(2))).toBeUndefined();
  });

  it('stops at any moment, and the stop is when the person stopped', () => {
    const ride = finish(answer(fresh(), 'same', at(1)), at(2, 30));
    expect(ride).toMatchObject({ end: 'stopped', endedAt: at(2, 30) });
  });

  it('says the time is up after 15 minutes without ending it; more minutes or finish', () => {
    let ride = fresh();
    for (let m = 1; m <= 14; m++) ride = answer(ride, 'same', at(m));
    expect(phaseOf(ride, at(15))).toBe('time-up');
    expect(minutesIn(ride, at(20))).toBe(15);
    // At least five more minutes from the press (at 15:10): to the end of minute 21.
    const longer = extend(ride, at(15, 10));
    expect(longer.minutes).toBe(21);
    expect(extend(ride, at(15)).minutes).toBe(20);
    expect(phaseOf(longer, at(15, 10))).toBe('check');
    // Finished while the time-up screen sat there: dated at the end of the time.
    expect(finish(ride, at(22))).toMatchObject({ end: 'time', endedAt: at(15) });
  });

  it('can be made longer, but never past an hour', () => {
    let ride = fresh();
    for (let i = 0; i < 20; i++) ride = extend(ride, at(1));
    expect(ride.minutes).toBe(60);
    expect(canExtend(ride)).toBe(false);
  });

  it('draws the curve from the taps: same keeps it, easing lowers it a step, gone is 0', () => {
    let ride = fresh(8);
    ride = answer(ride, 'same', at(1));
    ride = answer(ride, 'easing', at(2));
    ride = answer(ride, 'easing', at(3));
    ride = answer(ride, 'gone', at(4));
    expect(curveOf(ride).map((p) => p.strength)).toEqual([8, 8, 6, 4, 0]);
    expect(curveOf(ride).map((p) => p.minute)).toEqual([0, 1, 2, 3, 4]);
    // "Easing" never reaches 0 on its own: only "gone" does.
    let low = startRide(1, T0, { source: 'popup' });
    low = answer(low, 'easing', at(1));
    expect(curveOf(low).at(-1)!.strength).toBe(1);
  });

  it('knows when it began to ease, and that a ride which never eased did not', () => {
    const eased = answer(answer(fresh(), 'same', at(1)), 'easing', at(2, 30));
    expect(easedAfter(eased)).toBe(2.5);
    expect(easedAfter(finish(answer(fresh(), 'same', at(1)), at(3)))).toBeUndefined();
  });

  it('refuses a strength outside 0–10', () => {
    expect(() => startRide(11, T0, { source: 'popup' })).toThrow(RangeError);
    expect(() => startRide(2.5, T0, { source: 'popup' })).toThrow(RangeError);
  });
});

describe('the ride schema (what is stored and imported)', () => {
  const done = (): Ride => finish(answer(answer(fresh(), 'same', at(1)), 'easing', at(2)), at(3));

  it('takes a ride whole, in one order of fields, and gives the same back', () => {
    const ride = done();
    expect(checkRide(JSON.parse(JSON.stringify(ride)))).toEqual(ride);
    expect(Object.keys(checkRide(ride))).toEqual([
      'id',
      'startedAt',
      'strength',
      'checks',
      'minutes',
      'source',
      'pauseId',
      'endedAt',
      'end',
    ]);
  });

  it('refuses words riding along, and anything out of range, naming the field', () => {
    const problems: [Record<string, unknown>, string][] = [
      [{ ...done(), text: 'are you mad at me' }, 'text'],
      [{ ...done(), strength: 12 }, 'strength'],
      [{ ...done(), minutes: 0 }, 'minutes'],
      [{ ...done(), source: 'page' }, 'source'],
      [{ ...done(), checks: [{ at: T0 - 1, answer: 'same' }] }, 'checks.at'],
      [{ ...done(), checks: [{ at: at(1), answer: 'meh' }] }, 'checks.answer'],
      [{ ...done(), checks: [{ at: at(1), answer: 'same', note: 'x' }] }, 'checks.note'],
      [{ ...done(), end: undefined }, 'end'],
      [{ ...done(), endedAt: at(90) }, 'endedAt'],
    ];
    for (const [value, field] of problems) {
      const run = () => checkRide(value);
      expect(run, field).toThrow(FieldError);
      try {
        run();
      } catch (error) {
        expect((error as FieldError).field).toBe(field);
      }
    }
  });

  it('keeps an unfinished ride (a tab closed mid-ride) as far as it went', () => {
    const open = answer(fresh(), 'same', at(1));
    expect(checkRide(open)).toEqual(open);
  });
});
