import { JournalError } from '../errors';
import type { Entry, EntryContent, PauseEvent } from '../entry/types';
import type { UnlockedKeys, VaultKeys } from './crypto';
import type * as Seal from './seal';

/** Loaded when a record is first sealed or opened: with the lock off, never. */
let sealModule: Promise<typeof Seal> | undefined;
const crypto = () => (sealModule ??= import('./seal'));
import {
  entryContent,
  isSealed,
  type LockRecord,
  type SealedEntry,
  type SealedPause,
  type StoredEntry,
  type StoredPause,
} from './records';

/**
 * Turns records into what the stores hold and back. A Sealer is decided once per write from
 * the lock as it is at that moment (read afresh: another page may have just turned it on), so
 * nothing is ever written plainly while the lock is on.
 */
export interface Sealer {
  /** Whether records are sealed at all (the lock is on). */
  readonly on: boolean;
  entry(entry: Entry): Promise<StoredEntry>;
  pause(pause: PauseEvent): Promise<StoredPause>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const entryAad = (id: string, kind: string) => encoder.encode(`steady-entry:${id}:${kind}`);
const pauseAad = (id: string) => encoder.encode(`steady-pause:${id}`);

export const PLAIN: Sealer = {
  on: false,
  entry: async (entry) => entry,
  pause: async (pause) => pause,
};

export function sealerFor(lock: LockRecord | undefined, unlocked?: UnlockedKeys): Sealer {
  if (!lock || lock.state !== 'on') return PLAIN;
  const seal = async (plain: Uint8Array<ArrayBuffer>, aad: Uint8Array<ArrayBuffer>) => {
    const { sealBox, sealVault } = await crypto();
    return unlocked ? sealVault(unlocked, plain, aad) : sealBox(lock.keys.publicKey, plain, aad);
  };
  return {
    on: true,
    async entry(entry) {
      const content = encoder.encode(JSON.stringify(entryContent(entry)));
      const record: SealedEntry = {
        id: entry.id,
        kind: entry.kind,
        createdAt: entry.createdAt,
        updatedAt: entry.updatedAt,
        sealed: await seal(content, entryAad(entry.id, entry.kind)),
      };
      if (entry.unsent?.remindAt !== undefined) record.remindAt = entry.unsent.remindAt;
      if (entry.unsent?.revisit) record.revisitedAt = entry.unsent.revisit.at;
      return record;
    },
    async pause(pause) {
      const { id, at, entryId, ...rest } = pause;
      const record: SealedPause = {
        id,
        at,
        sealed: await seal(encoder.encode(JSON.stringify(rest)), pauseAad(id)),
      };
      if (entryId !== undefined) record.entryId = entryId;
      return record;
    },
  };
}

/** Opens records with the page's unlocked keys; without them a sealed record is 'locked'. */
export interface Opener {
  entry(record: StoredEntry): Promise<Entry>;
  pause(record: StoredPause): Promise<PauseEvent>;
}

async function openJson(
  unlocked: UnlockedKeys | undefined,
  record: { sealed: SealedEntry['sealed'] },
  aad: Uint8Array<ArrayBuffer>,
): Promise<Record<string, unknown>> {
  if (!unlocked) throw new JournalError('locked');
  try {
    const { openSealed } = await crypto();
    return JSON.parse(decoder.decode(await openSealed(unlocked, record.sealed, aad))) as Record<
      string,
      unknown
    >;
  } catch (error) {
    throw new JournalError('unreadable', 'a sealed record did not open', { cause: error });
  }
}

export function openerFor(unlocked: UnlockedKeys | undefined): Opener {
  return {
    async entry(record) {
      if (!isSealed(record)) return record;
      const content = (await openJson(
        unlocked,
        record,
        entryAad(record.id, record.kind),
      )) as unknown as EntryContent;
      const entry: Entry = {
        ...content,
        id: record.id,
        kind: record.kind,
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
      };
      // The reminder time in the clear is the truth: the background may forget it while locked.
      if (entry.unsent) {
        const { remindAt: _sealed, ...unsent } = entry.unsent;
        entry.unsent =
          record.remindAt === undefined ? unsent : { ...unsent, remindAt: record.remindAt };
      }
      return entry;
    },
    async pause(record) {
      if (!isSealed(record)) return record;
      const rest = (await openJson(unlocked, record, pauseAad(record.id))) as Pick<
        PauseEvent,
        'site' | 'outcome'
      >;
      const pause: PauseEvent = {
        id: record.id,
        at: record.at,
        site: rest.site,
        outcome: rest.outcome,
      };
      if (record.entryId !== undefined) pause.entryId = record.entryId;
      return pause;
    },
  };
}

export type { VaultKeys };

/** How one read or write meets the lock: what to seal with, and what to open with. */
export interface Codec {
  seal: Sealer;
  open: Opener;
}

/** The lock off: records go in and come out as they are. */
export const PLAIN_CODEC: Codec = { seal: PLAIN, open: openerFor(undefined) };
