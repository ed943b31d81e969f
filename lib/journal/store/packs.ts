import type { IDBPObjectStore, StoreNames } from 'idb';
import type { StoredEntry } from '../lock/records';
import type { EntryPack, JournalDB } from './schema';

/**
 * The one place that knows entries are stored in packs (schema.ts, version 5). Everything else
 * reads and writes entries through these, on a store of its own transaction.
 *
 * Why packs: IndexedDB's cost is per record (a fifth of a millisecond here however small the
 * record), so a backup of 100,000 entries written one record each took about 20 s; a hundred to
 * a record, under a second. A pack's key is the [createdAt, id] of its oldest entry, so packs
 * sort as their entries do and a range of entries is mostly one getAll of packs by key. The
 * multiEntry indexes hold one key per entry: by-created keeps exactly the keys of the old
 * entries index, so key cursors page it as before.
 */

export type CreatedKey = [createdAt: number, id: string];
type Mode = IDBTransactionMode;
export type PackStore<M extends Mode = Mode> = IDBPObjectStore<
  JournalDB,
  ArrayLike<StoreNames<JournalDB>>,
  'packs',
  M
>;

/** Entries an import (and the upgrade to version 5) puts in one pack. */
export const PACK_SIZE = 100;

export const createdKey = (entry: StoredEntry): CreatedKey => [entry.createdAt, entry.id];

/** Oldest first by [createdAt, id], the order IndexedDB gives the by-created keys. */
export function byCreated(a: StoredEntry, b: StoredEntry): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A pack of these entries (not empty), keyed by the oldest. An entry without a string id or a
 * finite time is refused here, as IndexedDB refused such a record when each entry was its own
 * (inside a pack it would be kept but found by no index).
 */
export function packOf(entries: StoredEntry[]): EntryPack {
  for (const entry of entries) {
    if (typeof entry.id !== 'string' || !Number.isFinite(entry.createdAt)) {
      throw new DOMException('An entry has no valid id or creation time.', 'DataError');
    }
  }
  const sorted = [...entries].sort(byCreated);
  return {
    first: createdKey(sorted[0]!),
    entries: sorted,
    ids: sorted.map((entry) => entry.id),
    created: sorted.map(createdKey),
    kinds: sorted.map((entry) => entry.kind),
  };
}

/** Entries in created order, PACK_SIZE to a pack. */
export function packsOf(entries: StoredEntry[]): EntryPack[] {
  const sorted = [...entries].sort(byCreated);
  const packs: EntryPack[] = [];
  for (let i = 0; i < sorted.length; i += PACK_SIZE)
    packs.push(packOf(sorted.slice(i, i + PACK_SIZE)));
  return packs;
}

const keyText = (key: CreatedKey) => `${key[0]}\u0000${key[1]}`;

export async function getStored(store: PackStore, id: string): Promise<StoredEntry | undefined> {
  const pack = await store.index('by-entry').get(id);
  return pack?.entries.find((entry) => entry.id === id);
}

export function countStored(store: PackStore): Promise<number> {
  return store.index('by-entry').count();
}

/**
 * Every entry whose [createdAt, id] is in `range` (all of them for null), oldest first.
 * Packs keyed inside the range come in one getAll; a pack keyed below it can still hold
 * entries inside it (its oldest is below, others not): those few are found by the index.
 */
export async function storedBetween(
  store: PackStore,
  range: IDBKeyRange | null,
): Promise<StoredEntry[]> {
  const below = range && range.lower !== undefined;
  const [inside, keys] = await Promise.all([
    store.getAll(range),
    below ? store.index('by-created').getAllKeys(range) : Promise.resolve([]),
  ]);
  const straddling = new Map<string, CreatedKey>();
  for (const key of keys) if (!range!.includes(key)) straddling.set(keyText(key), key);
  const more = await Promise.all([...straddling.values()].map((key) => store.get(key)));
  const found: StoredEntry[] = [];
  for (const pack of [...more, ...inside]) {
    if (!pack) continue;
    for (const entry of pack.entries) {
      if (!range || range.includes(createdKey(entry))) found.push(entry);
    }
  }
  // Packs overlap only where an import met entries already there: nearly sorted, a quick sort.
  return found.sort(byCreated);
}

/** Every entry of this kind (the unsent messages, for the reminders). */
export async function storedOfKind(
  store: PackStore,
  kind: StoredEntry['kind'],
): Promise<StoredEntry[]> {
  const packs = await store.index('by-kind').getAll(kind);
  const seen = new Set<string>();
  const found: StoredEntry[] = [];
  for (const pack of packs) {
    if (seen.has(keyText(pack.first))) continue;
    seen.add(keyText(pack.first));
    for (const entry of pack.entries) if (entry.kind === kind) found.push(entry);
  }
  return found.sort(byCreated);
}

/**
 * What to do with one entry: its new record, null to delete it, undefined to leave it.
 * `current` is the record there now (undefined: none), read in the same transaction.
 */
export type Change = (
  id: string,
  current: StoredEntry | undefined,
) => StoredEntry | null | undefined;

/**
 * Changes entries in one transaction, each pack rewritten once however many of its entries
 * change (two writes of one pack in flight would lose the first). A new id becomes a pack of
 * its own. A pack whose oldest entry goes is keyed again by the next; an empty one is deleted.
 */
export async function changeStored(
  store: PackStore<'readwrite'>,
  ids: readonly string[],
  change: Change,
): Promise<void> {
  const byEntry = store.index('by-entry');
  const holders = await Promise.all(ids.map((id) => byEntry.get(id)));
  const groups = new Map<string, { pack: EntryPack; next: Map<string, StoredEntry | null> }>();
  const fresh: StoredEntry[] = [];
  ids.forEach((id, i) => {
    const pack = holders[i];
    const next = change(
      id,
      pack?.entries.find((entry) => entry.id === id),
    );
    if (next === undefined) return;
    if (!pack) {
      if (next) fresh.push(next);
      return;
    }
    const key = keyText(pack.first);
    const group = groups.get(key) ?? { pack, next: new Map() };
    groups.set(key, group);
    group.next.set(id, next);
  });
  for (const { pack, next } of groups.values()) {
    const entries = pack.entries.flatMap((entry) => {
      const now = next.get(entry.id);
      return now === undefined ? [entry] : now === null ? [] : [now];
    });
    await rewritePack(store, pack, entries);
  }
  // One at a time: each may join the newest pack, which the one before may have changed.
  for (const record of fresh) await addStored(store, record);
}

async function rewritePack(store: PackStore<'readwrite'>, old: EntryPack, entries: StoredEntry[]) {
  if (entries.length === 0) {
    await store.delete(old.first);
    return;
  }
  const pack = packOf(entries);
  // Deleted first when the key moves: the same entries under two keys break the unique index.
  if (keyText(pack.first) !== keyText(old.first)) await store.delete(old.first);
  await store.put(pack);
}

/** Puts this record in place of the entry with its id, or as a new entry. */
export function putStored(store: PackStore<'readwrite'>, record: StoredEntry): Promise<void> {
  return changeStored(store, [record.id], () => record);
}

/**
 * Adds a new entry; fails (ConstraintError) if its id is already there. A new entry newer
 * than everything in the newest pack joins that pack while it has room: a journal written
 * entry by entry ends up in packs of a hundred too, so reading it whole stays one quick
 * getAll (packs of one cost about twice as much to read as the same entries packed).
 */
export async function addStored(store: PackStore<'readwrite'>, record: StoredEntry): Promise<void> {
  const newest = (await store.openCursor(null, 'prev'))?.value;
  const last = newest?.entries[newest.entries.length - 1];
  if (newest && last && newest.entries.length < PACK_SIZE && byCreated(last, record) < 0) {
    // The unique index refuses an id held by another pack; this one's own ids are checked here.
    if (newest.ids.includes(record.id))
      throw new DOMException('Entry id taken.', 'ConstraintError');
    await store.put(packOf([...newest.entries, record]));
    return;
  }
  await store.add(packOf([record]));
}

/** Deletes the entry and returns the record it was, if it was there. */
export async function deleteStored(
  store: PackStore<'readwrite'>,
  id: string,
): Promise<StoredEntry | undefined> {
  let was: StoredEntry | undefined;
  await changeStored(store, [id], (_id, current) => {
    was = current;
    return current ? null : undefined;
  });
  return was;
}
