import type { UnlockedKeys } from './crypto';
import type { LockRecord } from './records';

/**
 * The unlocked keys of this page, in memory only: nothing here is ever written anywhere. They
 * go when the page closes (so when the browser closes), when the person locks, and after the
 * idle time the lock's record sets with no key pressed or pointer used in this page.
 */
interface Held {
  keys: UnlockedKeys;
  /** Which lock they open (its public key): a lock turned off and on again is a new one. */
  owner: string;
  idleMs: number;
}

let held: Held | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export const lockOwner = (lock: LockRecord): string =>
  `${lock.keys.publicKey.x ?? ''}.${lock.keys.publicKey.y ?? ''}`;

/** The keys, if this page holds those of this lock. */
export function heldKeys(lock: LockRecord | undefined): UnlockedKeys | undefined {
  return lock && held && held.owner === lockOwner(lock) ? held.keys : undefined;
}

export function holdKeys(keys: UnlockedKeys, lock: LockRecord): void {
  const wasHeld = !!held;
  held = { keys, owner: lockOwner(lock), idleMs: lock.idleMinutes * 60_000 };
  if (!wasHeld && typeof addEventListener === 'function') {
    for (const type of ACTIVITY)
      addEventListener(type, noteActivity, { capture: true, passive: true });
  }
  noteActivity();
  tell();
}

/** A new idle time, from the lock's record, for keys already held. */
export function setIdle(minutes: number): void {
  if (!held) return;
  held.idleMs = minutes * 60_000;
  noteActivity();
}

export function dropKeys(): void {
  if (!held) return;
  held = undefined;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (typeof removeEventListener === 'function') {
    for (const type of ACTIVITY) removeEventListener(type, noteActivity, { capture: true });
  }
  tell();
}

/** The person is here: the idle time starts again. */
export function noteActivity(): void {
  if (!held) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(dropKeys, held.idleMs);
}

/** Whatever keys this page holds (for items outside the journal: drafts, notes from calm you). */
export function anyHeldKeys(): UnlockedKeys | undefined {
  return held?.keys;
}

export function isHolding(): boolean {
  return !!held;
}

/** Calls back when this page locks or unlocks. */
export function onLockChange(callback: () => void): () => void {
  listeners.add(callback);
  return () => listeners.delete(callback);
}

function tell() {
  for (const listener of listeners) listener();
}
