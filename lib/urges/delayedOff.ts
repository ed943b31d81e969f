/**
 * A kind delay on turning the pause off (opt-in, chosen while calm): turning a site's pause
 * off, lowering its sensitivity or shortening the delay itself waits the delay the person set
 * earlier, so that a hard moment does not undo what a calm one chose. Raising anything applies
 * at once. Nothing here locks anyone in: removing Steady, or its access to a site, in the
 * browser's own settings always works at once, and "Keep it on" is one press.
 *
 * Pure and framework-free: the options page decides with it, storage and alarms live in
 * lib/pause/pendingChanges.ts, and the background applies what is due.
 */
import { OFF_DELAYS, SENSITIVITIES, type Sensitivity } from '../pause/settings';
import { SITE_IDS, type SiteId } from '../pause/siteIds';

export { OFF_DELAYS };

export type PendingChange =
  | { kind: 'siteOff'; site: string }
  | { kind: 'sensitivity'; to: Sensitivity }
  | { kind: 'offDelay'; to: number };

export interface Pending {
  change: PendingChange;
  /** When it takes effect (ms since the epoch). */
  at: number;
}

/** What the rule compares against: what is in effect right now. */
export interface InEffect {
  sensitivity: Sensitivity;
  offDelayMinutes: number;
}

/** One pending change per thing it changes: a site's switch, the sensitivity, the delay. */
export function keyOf(change: PendingChange): string {
  return change.kind === 'siteOff' ? `siteOff:${change.site}` : change.kind;
}

/** Turning off, less watchful, a shorter delay: the changes that make the pause weaker. */
export function isLowering(change: PendingChange, current: InEffect): boolean {
  if (change.kind === 'siteOff') return true;
  if (change.kind === 'sensitivity') {
    return SENSITIVITIES.indexOf(change.to) < SENSITIVITIES.indexOf(current.sensitivity);
  }
  return change.to < current.offDelayMinutes;
}

export interface Decision {
  /** Apply the change now (and forget any pending one for the same thing). */
  now: boolean;
  /** The pending list afterwards. */
  pending: Pending[];
  /** When it takes effect, when it waits. */
  at?: number;
}

/**
 * Decides one request. A raise, or anything with the delay off, applies at once and cancels a
 * pending change of the same thing (the newest choice wins). A lowering waits the delay in
 * effect now; asking again never pushes its time later, and asking for a different lowering of
 * the same thing replaces the first one but keeps the earlier time.
 */
export function request(
  change: PendingChange,
  current: InEffect,
  pending: Pending[],
  now: number,
): Decision {
  const key = keyOf(change);
  const others = pending.filter((p) => keyOf(p.change) !== key);
  const delay = current.offDelayMinutes;
  if (delay <= 0 || !isLowering(change, current)) return { now: true, pending: others };
  const before = pending.find((p) => keyOf(p.change) === key);
  const at = Math.min(before?.at ?? Infinity, now + delay * 60_000);
  return { now: false, pending: [...others, { change, at }], at };
}

/** "Keep it on": the pending change for `key` is dropped, and nothing changes. */
export function cancel(pending: Pending[], key: string): Pending[] {
  return pending.filter((p) => keyOf(p.change) !== key);
}

/** What is due at `now` (to apply, oldest first) and what still waits. */
export function split(pending: Pending[], now: number): { due: Pending[]; waiting: Pending[] } {
  const due = pending.filter((p) => p.at <= now).sort((a, b) => a.at - b.at);
  return { due, waiting: pending.filter((p) => p.at > now) };
}

/** The earliest time anything waits for, for the one alarm; undefined when nothing waits. */
export function nextDue(pending: Pending[]): number | undefined {
  return pending.length ? Math.min(...pending.map((p) => p.at)) : undefined;
}

function validChange(value: unknown): PendingChange | undefined {
  const c = (typeof value === 'object' && value ? value : {}) as Record<string, unknown>;
  if (c.kind === 'siteOff' && SITE_IDS.includes(c.site as SiteId)) {
    return { kind: 'siteOff', site: c.site as SiteId };
  }
  if (c.kind === 'sensitivity' && SENSITIVITIES.includes(c.to as Sensitivity)) {
    return { kind: 'sensitivity', to: c.to as Sensitivity };
  }
  if (c.kind === 'offDelay' && OFF_DELAYS.includes(c.to as (typeof OFF_DELAYS)[number])) {
    return { kind: 'offDelay', to: c.to as number };
  }
  return undefined;
}

/** A stored list kept where valid (one per key, the first kept); anything else is dropped. */
export function sanitisePending(stored: unknown): Pending[] {
  if (!Array.isArray(stored)) return [];
  const out: Pending[] = [];
  const seen = new Set<string>();
  for (const item of stored as { change?: unknown; at?: unknown }[]) {
    const change = validChange(item?.change);
    const at = item?.at;
    if (!change || typeof at !== 'number' || !Number.isFinite(at)) continue;
    if (seen.has(keyOf(change))) continue;
    seen.add(keyOf(change));
    out.push({ change, at });
  }
  return out;
}
