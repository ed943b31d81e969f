import { browser } from 'wxt/browser';
import { LOCK_PUBLIC_KEY } from '../../storage/privateItem';
import { resealPrivateItems } from '../../storage/sealedValues';
import { JournalError } from '../errors';
import { readLock, removeLock, writeLock } from '../store/lock';
import type { JournalConnection } from '../store/open';
import { storedBetween } from '../store/packs';
import { noteFailure, noteSuccess, waitBeforeTry } from './attempts';
import { openerFor, sealerFor } from './codec';
import { createKeys, rewrapKeys, unlockKeys, WrongPasscode, type UnlockedKeys } from './crypto';
import type { Entry, PauseEvent } from '../entry/types';
import { countRecords, rewrite, runPass, type PassProgress } from './passes';
import {
  DEFAULT_IDLE_MINUTES,
  isSealed,
  type LockRecord,
  type StoredEntry,
  type StoredPause,
} from './records';
import { dropKeys, heldKeys, holdKeys, setIdle } from './session';

/**
 * Turning the lock on and off, unlocking, and changing the passcode. Loaded by the door only
 * when a page deals with the lock, so no surface that only captures ships any of it.
 */

export type LockState = 'off' | 'locked' | 'unlocked';

export interface LockStatus {
  state: LockState;
  idleMinutes: number;
  /** The lock is being turned off, and a pass was cut short: unlocking finishes it. */
  turningOff: boolean;
}

export async function statusOf(db: JournalConnection): Promise<LockStatus> {
  const lock = await readLock(db);
  if (!lock) return { state: 'off', idleMinutes: DEFAULT_IDLE_MINUTES, turningOff: false };
  return {
    state: heldKeys(lock) ? 'unlocked' : 'locked',
    idleMinutes: lock.idleMinutes,
    turningOff: lock.state === 'turning-off',
  };
}

async function lockOf(db: JournalConnection): Promise<LockRecord> {
  const lock = await readLock(db);
  if (!lock) throw new JournalError('invalid', 'the lock is off');
  return lock;
}

function keysOf(lock: LockRecord) {
  const keys = heldKeys(lock);
  if (!keys) throw new JournalError('locked');
  return keys;
}

export type UnlockOutcome = { ok: true } | { ok: false; reason: 'wrong' | 'wait'; waitMs: number };

/** Unlocks this page. A wrong passcode says only that (nothing that helps a guesser). */
export async function unlock(db: JournalConnection, passcode: string): Promise<UnlockOutcome> {
  const wait = await waitBeforeTry();
  if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
  const lock = await lockOf(db);
  try {
    holdKeys(await unlockKeys(lock.keys, passcode), lock);
  } catch (error) {
    if (!(error instanceof WrongPasscode)) throw error;
    return { ok: false, reason: 'wrong', waitMs: await noteFailure() };
  }
  await noteSuccess();
  // Drafts and notes from calm you get a quick copy for this browser session again.
  await resealPrivateItems('refresh').catch(() => undefined);
  return { ok: true };
}

export function lockNow(): void {
  dropKeys();
}

/** Records written before the lock went on (or by a page that had not heard yet): sealed. */
export async function sealLeftovers(
  db: JournalConnection,
  onProgress?: (progress: PassProgress) => void,
): Promise<void> {
  const lock = await readLock(db);
  if (!lock) return;
  const keys = heldKeys(lock);
  const total = await countRecords(db);
  let done = 0;
  const tick = (n: number) => onProgress?.({ done: (done += n), total });
  if (lock.state === 'turning-off') {
    if (keys) await openAll(db, lock, tick);
    return;
  }
  const seal = sealerFor(lock, keys);
  if (!lock.sealedAll) {
    const plain = (record: object) => !isSealed(record);
    await runPass<StoredEntry>(db, 'entries', plain, (r) => seal.entry(r as Entry), tick);
    await runPass<StoredPause>(db, 'pauses', plain, (r) => seal.pause(r as PauseEvent), tick);
    await writeLock(db, { ...((await readLock(db)) ?? lock), sealedAll: true });
  }
  if (keys) await compact(db, lock, keys);
}

/**
 * After an unlock: what was captured while locked (sealed to the public key, half a
 * millisecond each to open) moves under the journal key (a few microseconds). Only records
 * newer than the last compaction can be such, so this reads a few, not the whole journal.
 */
async function compact(db: JournalConnection, lock: LockRecord, keys: UnlockedKeys) {
  const started = Date.now();
  // A minute's margin: a capture may carry a time a little behind this page's clock.
  const since = (lock.compactedAt ?? 0) - 60_000;
  const seal = sealerFor(lock, keys);
  const open = openerFor(keys);
  const boxed = (record: StoredEntry | StoredPause) =>
    isSealed(record) && record.sealed.via === 'box';
  const [entries, pauses] = await Promise.all([
    storedBetween(db.transaction('packs').store, IDBKeyRange.lowerBound([since, ''])),
    db.getAllFromIndex('pauses', 'by-at', IDBKeyRange.lowerBound(since)),
  ]);
  await rewrite(db, 'entries', entries.filter(boxed), async (r) => seal.entry(await open.entry(r)));
  await rewrite(db, 'pauses', pauses.filter(boxed), async (r) => seal.pause(await open.pause(r)));
  const now = await readLock(db);
  if (now) await writeLock(db, { ...now, compactedAt: started });
}

/** Turns the lock on: new keys, then every record sealed (this page stays unlocked). */
export async function turnOn(
  db: JournalConnection,
  passcode: string,
  onProgress?: (progress: PassProgress) => void,
): Promise<void> {
  if (await readLock(db)) throw new JournalError('invalid', 'the lock is already on');
  const { keys, unlocked } = await createKeys(passcode);
  const lock: LockRecord = {
    id: 'lock',
    state: 'on',
    keys,
    idleMinutes: DEFAULT_IDLE_MINUTES,
    since: Date.now(),
    sealedAll: false,
    compactedAt: Date.now(),
  };
  // The lock's record first: from here on, every page's writes are sealed (drafts and notes
  // from calm you too, once the public key is in storage.local).
  await writeLock(db, lock);
  holdKeys(unlocked, lock);
  await browser.storage.local.set({ [LOCK_PUBLIC_KEY]: keys.publicKey });
  await resealPrivateItems('seal');
  await sealLeftovers(db, onProgress);
}

async function openAll(
  db: JournalConnection,
  lock: LockRecord,
  tick: (n: number) => void,
): Promise<void> {
  const open = openerFor(keysOf(lock));
  const sealed = (record: object) => isSealed(record);
  const pass = async () => {
    await runPass<StoredEntry>(db, 'entries', sealed, (r) => open.entry(r), tick);
    await runPass<StoredPause>(db, 'pauses', sealed, (r) => open.pause(r), tick);
  };
  await browser.storage.local.remove(LOCK_PUBLIC_KEY);
  await pass();
  await resealPrivateItems('open');
  // A page that read the lock just before it changed may still be sealing one record: give it
  // a moment, and take what it wrote, before the keys that open it are gone.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await pass();
  await resealPrivateItems('open');
  await removeLock(db);
  dropKeys();
}

/** Turns the lock off: every record opened and written plainly, then the keys deleted. */
export async function turnOff(
  db: JournalConnection,
  onProgress?: (progress: PassProgress) => void,
): Promise<void> {
  const lock = await lockOf(db);
  keysOf(lock);
  const off: LockRecord = { ...lock, state: 'turning-off' };
  await writeLock(db, off);
  const total = await countRecords(db);
  let done = 0;
  await openAll(db, off, (n) => onProgress?.({ done: (done += n), total }));
}

/** A new passcode for the same keys: entries are not touched. */
export async function changePasscode(
  db: JournalConnection,
  current: string,
  next: string,
): Promise<UnlockOutcome> {
  const wait = await waitBeforeTry();
  if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
  const lock = await lockOf(db);
  try {
    const keys = await rewrapKeys(lock.keys, current, next);
    await writeLock(db, { ...(await lockOf(db)), keys });
  } catch (error) {
    if (!(error instanceof WrongPasscode)) throw error;
    return { ok: false, reason: 'wrong', waitMs: await noteFailure() };
  }
  await noteSuccess();
  return { ok: true };
}

export async function setIdleMinutes(db: JournalConnection, minutes: number): Promise<void> {
  const lock = await lockOf(db);
  const clean = Math.min(24 * 60, Math.max(0.05, Number(minutes) || DEFAULT_IDLE_MINUTES));
  await writeLock(db, { ...lock, idleMinutes: clean });
  setIdle(clean);
}
