import type { JournalConnection } from '../store/open';
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
  let after: string | undefined;
  let rewritten = 0;
  for (;;) {
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    const batch = (await db.getAll(store, range, BATCH)) as T[];
    if (batch.length === 0) return rewritten;
    after = batch[batch.length - 1]!.id;
    const todo = batch.filter(needs);
    if (todo.length === 0) continue;
    rewritten += await rewrite(db, store, todo, transform);
    onBatch?.(todo.length);
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
  const tx = db.transaction(store, 'readwrite');
  const puts = todo.map(async (before, i) => {
    const now = (await tx.store.get(before.id)) as T | undefined;
    if (now && unchanged(now, before)) {
      await tx.store.put(next[i]!);
      rewritten++;
    }
  });
  await Promise.all([...puts, tx.done]);
  return rewritten;
}

/** How many records of both stores a pass would look at, for its progress. */
export async function countRecords(db: JournalConnection): Promise<number> {
  const [entries, pauses] = await Promise.all([db.count('entries'), db.count('pauses')]);
  return entries + pauses;
}
