/**
 * Riding out an urge ("urge surfing"): the person says how strong the urge is (0–10), then
 * once a minute taps whether it is still as strong, easing, or gone, for up to 15 minutes
 * (more if they choose), and can stop at any moment. Pure: every step takes the time it
 * happens at, so tests drive it with a fake clock and the pages with Date.now.
 *
 * A ride keeps times and strengths only, never words: it is the person's own evidence that
 * the urge eases, and it is stored with the pause it came from, if any.
 */
export const ANSWERS = ['same', 'easing', 'gone'] as const;
/** same: "Still as strong" · easing: "Easing" · gone: "Gone" */
export type Answer = (typeof ANSWERS)[number];

export const RIDE_SOURCES = ['pause', 'popup'] as const;
export type RideSource = (typeof RIDE_SOURCES)[number];

/** How a ride ended: the urge went, the person stopped, or the time they chose ran out. */
export const RIDE_ENDS = ['gone', 'stopped', 'time'] as const;
export type RideEnd = (typeof RIDE_ENDS)[number];

export const MINUTE = 60_000;
/** A ride's first length, and what "a few more minutes" adds each time. */
export const RIDE_MINUTES = 15;
export const EXTEND_MINUTES = 5;
/** The longest a ride can be made: past an hour it is no longer riding out one wave. */
export const MAX_RIDE_MINUTES = 60;
export const MAX_STRENGTH = 10;

export interface Check {
  /** Milliseconds since the epoch. */
  at: number;
  answer: Answer;
}

export interface Ride {
  id: string;
  startedAt: number;
  /** 0 (no pull at all) to 10 (the strongest), as the person said at the start. */
  strength: number;
  checks: Check[];
  /** How long the ride is set to last now (RIDE_MINUTES, plus any extensions). */
  minutes: number;
  source: RideSource;
  /** The pause it came from ("Save instead" or "Wait"), if it came from one. */
  pauseId?: string;
  endedAt?: number;
  end?: RideEnd;
}

export function isStrength(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_STRENGTH;
}

export function startRide(
  strength: number,
  now: number,
  from: { source: RideSource; pauseId?: string },
  id: string = crypto.randomUUID(),
): Ride {
  if (!isStrength(strength)) throw new RangeError('strength is a whole number from 0 to 10');
  const ride: Ride = { id, startedAt: now, strength, checks: [], minutes: RIDE_MINUTES, ...from };
  if (from.pauseId === undefined) delete ride.pauseId;
  return ride;
}

/** When the ride's time is up (it is not ended then: the person may want a few more minutes). */
export const endsAt = (ride: Ride): number => ride.startedAt + ride.minutes * MINUTE;

/** Whole minutes since the start, as the timer shows them. */
export const minutesIn = (ride: Ride, now: number): number =>
  Math.max(0, Math.floor((Math.min(now, endsAt(ride)) - ride.startedAt) / MINUTE));

export type Phase =
  /** Between checks: a breath or a grounding step. */
  | 'riding'
  /** A minute has passed since the start or the last answer: "how is it now?" */
  | 'check'
  /** The chosen minutes are over and the person has not ended it: more, or finish. */
  | 'time-up'
  | 'ended';

/**
 * What the ride asks for now. A check is due a minute after the start and a minute after each
 * answer (not on the clock's minute: a late answer does not make the next one come sooner).
 * An unanswered check stays up; it never piles up into several.
 */
export function phaseOf(ride: Ride, now: number): Phase {
  if (ride.end) return 'ended';
  if (now >= endsAt(ride)) return 'time-up';
  return now >= nextCheckAt(ride) ? 'check' : 'riding';
}

export function nextCheckAt(ride: Ride): number {
  const last = ride.checks.at(-1)?.at ?? ride.startedAt;
  return last + MINUTE;
}

/** The moment the ride next changes phase by itself (for one timer, not a ticking one). */
export function nextChangeAt(ride: Ride, now: number): number | undefined {
  const phase = phaseOf(ride, now);
  if (phase === 'ended' || phase === 'time-up') return undefined;
  const check = nextCheckAt(ride);
  return phase === 'riding' ? Math.min(check, endsAt(ride)) : endsAt(ride);
}

export function answer(ride: Ride, value: Answer, now: number): Ride {
  if (ride.end) return ride;
  const checks = [...ride.checks, { at: now, answer: value }];
  return value === 'gone' ? { ...ride, checks, endedAt: now, end: 'gone' } : { ...ride, checks };
}

/**
 * A few more minutes, from the time-up step or at any time before (never past an hour): at
 * least EXTEND_MINUTES from now, as the button promises, in whole minutes.
 */
export function extend(ride: Ride, now: number): Ride {
  if (ride.end) return ride;
  const used = Math.ceil((now - ride.startedAt) / MINUTE);
  const minutes = Math.min(MAX_RIDE_MINUTES, Math.max(ride.minutes, used) + EXTEND_MINUTES);
  return { ...ride, minutes };
}

export const canExtend = (ride: Ride): boolean => !ride.end && ride.minutes < MAX_RIDE_MINUTES;

/**
 * Ends the ride: "Stop" (or leaving, or Escape) before the time is up, "Finish" after it. An
 * end after the time is up is dated at the end of the time: the minutes the person sat with
 * the finished screen were not part of the ride.
 */
export function finish(ride: Ride, now: number): Ride {
  if (ride.end) return ride;
  const over = now >= endsAt(ride);
  return { ...ride, endedAt: over ? endsAt(ride) : now, end: over ? 'time' : 'stopped' };
}

/**
 * The urge's strength after each answer, for drawing the person's own curve: "still as
 * strong" keeps it, "easing" lowers it by a step (a quarter of where it is, at least one
 * point, never to 0 — it is not gone), "gone" is 0. A drawing of their taps, not a
 * measurement: the Patterns picture says so.
 */
export function curveOf(ride: Ride): { minute: number; strength: number }[] {
  let level = ride.strength;
  const points = [{ minute: 0, strength: level }];
  for (const check of ride.checks) {
    if (check.answer === 'gone') level = 0;
    else if (check.answer === 'easing' && level > 1) {
      level = Math.max(1, level - Math.max(1, Math.round(level / 4)));
    }
    points.push({ minute: (check.at - ride.startedAt) / MINUTE, strength: level });
  }
  return points;
}

/** Minutes from the start to the first "easing" or "gone"; undefined if it never eased. */
export function easedAfter(ride: Ride): number | undefined {
  if (ride.strength === 0) return 0;
  const first = ride.checks.find((check) => check.answer !== 'same');
  return first ? (first.at - ride.startedAt) / MINUTE : undefined;
}
