import type { JournalConnection } from '../store/open';
import { allPacks, changeStored, countStored, PACK_SIZE, type CreatedKey } from '../store/packs';
import { isSealed, type StoredEntry, type StoredPause } from './records';

/**
 * Walks a store in batches, rewriting the records that need it (sealing them when the lock
 * goes on, opening them when it goes off, moving boxes under the journal key after an
 * unlock). Each batch is read in one transaction, transformed outside it (WebCrypto awaits end
 * a transaction), and written in another only where the record is still as it was read: an
 * edit made meanwhile in another page is never overwritten, and the next pass takes it.
 * Nothing records how far a pass got: a pass is "every record that still needs it", so one
 * cut short by a closed browser simply starts again and skips what is done.
 */
export const BATCH = 250;

/** 'entries' are read and written through their packs (store/packs.ts). */
type StoreName = 'entries' | 'pauses';
type Stored = StoredEntry | StoredPause;

/** Same version of a record: same sealing and, for entries, same edit and reminder. */
function unchanged(a: Stored, b: Stored): boolean {
  if (isSealed(a) !== isSealed(b)) return false;
  if (isSealed(a) && isSealed(b) && a.sealed.iv !== b.sealed.iv) {
    // Sealed again by someone else meanwhile (a fresh IV is a fresh seal).
    if (!sameBytes(a.sealed.iv, b.sealed.iv)) return false;
  }
  if ('updatedAt' in a && 'updatedAt' in b) {
    const remind = (r: StoredEntry) => (isSealed(r) ? r.remindAt : r.unsent?.remindAt);
    return a.updatedAt === b.updatedAt && remind(a) === remind(b);
  }
  return true;
}

function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  return x.every((v, i) => v === y[i]);
}

export interface PassProgress {
  done: number;
  total: number;
}

/** Rewrites every record of a store that `needs` it; returns how many were rewritten. */
export async function runPass<T extends Stored>(
  db: JournalConnection,
  store: StoreName,
  needs: (record: T) => boolean,
  transform: (record: T) => Promise<T>,
  onBatch?: (rewritten: number) => void,
): Promise<number> {
  let rewritten = 0;
  for await (const batch of batches<T>(db, store)) {
    const todo = batch.filter(needs);
    if (todo.length === 0) continue;
    rewritten += await rewrite(db, store, todo, transform);
    onBatch?.(todo.length);
  }
  return rewritten;
}

/** A store's records, about BATCH at a time, in key order (entries: pack by pack). */
async function* batches<T extends Stored>(db: JournalConnection, store: StoreName) {
  if (store === 'pauses') {
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const batch = await db.getAll('pauses', range, BATCH);
      if (batch.length === 0) return;
      after = batch[batch.length - 1]!.id;
      yield batch as T[];
    }
  }
  let after: CreatedKey | undefined;
  // Packs hold one entry to PACK_SIZE: start with a few (a full pack each would be BATCH
  // entries), then ask for as many as made about BATCH entries last time.
  let packs = Math.ceil(BATCH / PACK_SIZE);
  for (;;) {
    const batch = await allPacks(db.transaction('packs').store, packs, after);
    if (batch.length === 0) return;
    after = batch[batch.length - 1]!.first;
    const entries = batch.flatMap((pack) => pack.entries);
    packs = Math.max(1, Math.min(BATCH, Math.round((BATCH * batch.length) / entries.length)));
    yield entries as T[];
  }
}

/** Transforms these records and writes each back if it is still as it was read. */
export async function rewrite<T extends Stored>(
  db: JournalConnection,
  store: StoreName,
  todo: T[],
  transform: (record: T) => Promise<T>,
): Promise<number> {
  let rewritten = 0;
  const next = await Promise.all(todo.map(transform));
  if (store === 'entries') {
    const tx = db.transaction('packs', 'readwrite');
    const wanted = new Map(todo.map((before, i) => [before.id, [before, next[i]!] as const]));
    await changeStored(tx.store, [...wanted.keys()], (id, now) => {
      const [before, after] = wanted.get(id)!;
      if (!now || !unchanged(now, before)) return undefined;
      rewritten++;
      return after as StoredEntry;
    });
    await tx.done;
    return rewritten;
  }
  const tx = db.transaction('pauses', 'readwrite');
  const puts = todo.map(async (before, i) => {
    const now = (await tx.store.get(before.id)) as T | undefined;
    if (now && unchanged(now, before)) {
      await tx.store.put(next[i]! as StoredPause);
      rewritten++;
    }
  });
  await Promise.all([...puts, tx.done]);
  return rewritten;
}

/** How many records of both stores a pass would look at, for its progress. */
export async function countRecords(db: JournalConnection): Promise<number> {
  const [entries, pauses] = await Promise.all([
    countStored(db.transaction('packs').store),
    db.count('pauses'),
  ]);
  return entries + pauses;
}
