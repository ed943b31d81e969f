import type { Entry, EntryContent, PauseEvent } from '../entry/types';
import type { Sealed, VaultKeys } from './crypto';

/**
 * What the journal's stores hold once the lock is on. Only what listing, paging and the
 * reminders need stays readable: an entry's id, kind, created and updated times, when its
 * "Wait" reminder is due and when it was revisited; a pause's id, time and entry id.
 * Everything the person wrote or chose (text, tags, need, intensity, grounding answers, the
 * unsent message, its site and what matched, a pause's site and outcome) is inside `sealed`.
 */
export interface SealedEntry {
  id: string;
  kind: Entry['kind'];
  createdAt: number;
  updatedAt: number;
  /** An unsent message's reminder time: the background re-arms it without the passcode. */
  remindAt?: number;
  /** When an unsent message was revisited: the new tab asks only about unanswered ones. */
  revisitedAt?: number;
  sealed: Sealed;
}

export interface SealedPause {
  id: string;
  at: number;
  entryId?: string;
  sealed: Sealed;
}

export type StoredEntry = Entry | SealedEntry;
export type StoredPause = PauseEvent | SealedPause;

export const isSealed = (record: object): record is { sealed: Sealed } => 'sealed' in record;

/** The private part of an entry, as it is sealed. */
export function entryContent(entry: Entry): EntryContent {
  const { id: _i, kind: _k, createdAt: _c, updatedAt: _u, ...content } = entry;
  return content;
}

/** The lock, kept in the journal's own database (content scripts cannot open it). */
export interface LockRecord {
  id: 'lock';
  /**
   * on: new records are sealed. turning-off: the lock is being removed, so new records are
   * written plainly while the pass opens the sealed ones; the record goes when none is left.
   */
  state: 'on' | 'turning-off';
  keys: VaultKeys;
  /** Minutes without a key or a click before an unlocked page locks again. */
  idleMinutes: number;
  since: number;
  /** Every record written before the lock went on has been sealed (the pass finished). */
  sealedAll?: boolean;
  /**
   * Records sealed to the public key (captured while locked) before this time have been moved
   * under the journal key; only newer ones need looking at after an unlock.
   */
  compactedAt?: number;
}

export const IDLE_CHOICES = [1, 5, 15, 30, 60] as const;
export const DEFAULT_IDLE_MINUTES = 15;
