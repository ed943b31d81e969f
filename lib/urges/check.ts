import { FieldError, isObject, num, onlyKnown, str } from '../journal/entry/fields';
import { MAX_ID_LENGTH, MAX_TIME } from '../journal/entry/limits';
import {
  ANSWERS,
  MAX_RIDE_MINUTES,
  MAX_STRENGTH,
  MINUTE,
  RIDE_ENDS,
  RIDE_SOURCES,
  type Check,
  type Ride,
} from './ride';

/** A check a minute, at most, for the longest ride (and a little room for a slow clock). */
export const MAX_CHECKS = MAX_RIDE_MINUTES * 2;

/** Every field a ride may have, in the one order stored records and exports use. */
const RIDE_FIELDS = [
  'id',
  'startedAt',
  'strength',
  'checks',
  'minutes',
  'source',
  'pauseId',
  'endedAt',
  'end',
] as const;

function oneOf<T extends string>(list: readonly T[], value: unknown, field: string): T {
  if (value === undefined) throw new FieldError(field, 'missing');
  if (!(list as readonly unknown[]).includes(value)) throw new FieldError(field, 'range');
  return value as T;
}

function checkOf(value: unknown, startedAt: number, endedAt: number | undefined): Check {
  if (!isObject(value)) throw new FieldError('checks', 'type');
  onlyKnown(value, ['at', 'answer'], 'checks.');
  // A check before the start, or after the end, is not a check of this ride.
  const at = num(value.at, 'checks.at', startedAt, endedAt ?? MAX_TIME);
  return { at, answer: oneOf(ANSWERS, value.answer, 'checks.answer') };
}

/**
 * The one schema for a ride: what the background accepts from a pause, what a page stores and
 * what an import brings back. Times and strengths only; unknown fields are refused, so no
 * words can ever ride along. Throws FieldError.
 */
export function checkRide(value: unknown): Ride {
  if (!isObject(value)) throw new FieldError('ride', 'type');
  onlyKnown(value, RIDE_FIELDS, '');
  const id = str(value.id, 'id', MAX_ID_LENGTH);
  if (!id.trim()) throw new FieldError('id', 'empty');
  const startedAt = num(value.startedAt, 'startedAt', 0, MAX_TIME);
  const minutes = num(value.minutes, 'minutes', 1, MAX_RIDE_MINUTES, true);
  const ride: Ride = {
    id,
    startedAt,
    strength: num(value.strength, 'strength', 0, MAX_STRENGTH, true),
    checks: [],
    minutes,
    source: oneOf(RIDE_SOURCES, value.source, 'source'),
  };
  if (value.pauseId !== undefined) ride.pauseId = str(value.pauseId, 'pauseId', MAX_ID_LENGTH);
  if ((value.endedAt === undefined) !== (value.end === undefined)) {
    throw new FieldError(value.end === undefined ? 'end' : 'endedAt', 'missing');
  }
  if (value.endedAt !== undefined) {
    // A minute's grace past the end: an answer given as the time ran out still counts.
    ride.endedAt = num(value.endedAt, 'endedAt', startedAt, startedAt + (minutes + 1) * MINUTE);
    ride.end = oneOf(RIDE_ENDS, value.end, 'end');
  }
  if (!Array.isArray(value.checks)) throw new FieldError('checks', 'type');
  if (value.checks.length > MAX_CHECKS) throw new FieldError('checks', 'too-long');
  let last = startedAt;
  for (const raw of value.checks) {
    const check = checkOf(raw, last, ride.endedAt);
    last = check.at;
    ride.checks.push(check);
  }
  return canonicalRide(ride);
}

/** The same ride with its keys in the one order exports use. */
export function canonicalRide(ride: Ride): Ride {
  const out: Record<string, unknown> = {};
  for (const key of RIDE_FIELDS) {
    if (key === 'checks') out.checks = ride.checks.map(({ at, answer }) => ({ at, answer }));
    else if (ride[key] !== undefined) out[key] = ride[key];
  }
  return out as unknown as Ride;
}
