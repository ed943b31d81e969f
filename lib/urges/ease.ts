import { easedAfter, type Ride } from './ride';

/**
 * What a person's own rides say about how long their urges last. Honest about what it does
 * not know: a ride stopped before the urge eased says nothing about when it would have (it is
 * left out of the times, and counted as such), while one that ran its whole time without
 * easing says it did not ease within that time.
 */
export type Outcome = 'eased' | 'stayed' | 'unknown';

export function outcomeOf(ride: Ride): Outcome {
  if (easedAfter(ride) !== undefined) return 'eased';
  return ride.end === 'time' ? 'stayed' : 'unknown';
}

/** Rides shown in Patterns, and replayed in the pause, only from this many on. */
export const MIN_RIDES = 3;
/** The pause's line speaks of the person's last few rides, not all of them. */
export const REPLAY_RIDES = 5;

export interface EaseSummary {
  rides: number;
  eased: number;
  /** Ran their whole time without easing. */
  stayed: number;
  /** Stopped (or left) before easing: no telling when they would have. */
  unknown: number;
  /** The median minutes to the first "easing" of the rides that eased, to a minute (≥ 1). */
  typicalMinutes?: number;
  /** The longest of those, to the nearest minute (≥ 1): "within about" it. */
  withinMinutes?: number;
}

const wholeMinutes = (minutes: number) => Math.max(1, Math.round(minutes));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function easeSummary(rides: readonly Ride[]): EaseSummary {
  const times = rides.map(easedAfter).filter((m): m is number => m !== undefined);
  const stayed = rides.filter((ride) => outcomeOf(ride) === 'stayed').length;
  const summary: EaseSummary = {
    rides: rides.length,
    eased: times.length,
    stayed,
    unknown: rides.length - times.length - stayed,
  };
  if (times.length) {
    summary.typicalMinutes = Math.max(1, Math.round(median(times)));
    summary.withinMinutes = wholeMinutes(Math.max(...times));
  }
  return summary;
}

/** The quiet line the next pause may show: "Your last 5 urges eased within about 12 minutes". */
export interface ReplayLine {
  /** all: every one of them eased · most: more than half did (the line says "most"). */
  kind: 'all' | 'most';
  count: number;
  minutes: number;
}

/**
 * From the newest rides whose outcome is known (eased, or ran their time without easing), at
 * most REPLAY_RIDES: a line only when there are at least MIN_RIDES of them and more than half
 * eased. Never a score or a streak: when most did not ease, it says nothing rather than
 * something discouraging, and a ride stopped early is neither a failure nor a success.
 */
export function replayLine(rides: readonly Ride[]): ReplayLine | undefined {
  const known = rides
    .filter((ride) => outcomeOf(ride) !== 'unknown')
    .sort((a, b) => b.startedAt - a.startedAt)
    .slice(0, REPLAY_RIDES);
  if (known.length < MIN_RIDES) return undefined;
  const { eased, withinMinutes } = easeSummary(known);
  if (eased * 2 <= known.length || withinMinutes === undefined) return undefined;
  return {
    kind: eased === known.length ? 'all' : 'most',
    count: known.length,
    minutes: withinMinutes,
  };
}
