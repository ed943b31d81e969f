import { unwrap, type IDBPObjectStore, type StoreNames } from 'idb';
import type { StoredEntry } from '../lock/records';
import type { EntryPack, IdBucket, JournalDB } from './schema';

/**
 * The one place that knows entries are stored in packs (schema.ts, version 5). Everything else
 * reads and writes entries through these, on a store of its own transaction.
 *
 * Why packs: IndexedDB's cost is per record and per index row (here about a fifth of a
 * millisecond a record, and 10 to 20 microseconds an index row, however small), so a backup of
 * 100,000 entries written a record each took about 20 s. A pack holds up to PACK_SIZE entries;
 * its key is the [createdAt, id] of its oldest entry, so packs sort as their entries do and a
 * range of entries is mostly one getAll of packs by key. The multiEntry by-created index holds
 * one key per entry, exactly the keys of the old entries index, so key cursors page it as before.
 *
 * Finding an entry by id takes no index of its own (that would be another 100,000 rows on an
 * import, about 1.8 s here): the store also holds BUCKETS directory records (keys 'dir:00' to
 * 'dir:ff', strings, so they sort before every pack), each mapping the ids that hash to it to
 * their createdAt; [createdAt, id] then finds the pack through by-created. An import writes 256
 * directory records, not 100,000 rows.
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

/** Every pack and no directory record: array keys sort after all strings. */
export const PACKS_ONLY = IDBKeyRange.lowerBound([-Infinity]);
const DIRECTORY = IDBKeyRange.bound('dir:', 'dir:\uffff');
export const BUCKETS = 256;

/** The directory record an id belongs to (FNV-1a of its UTF-16 code units, low 8 bits). */
export function bucketOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return `dir:${((hash >>> 0) & (BUCKETS - 1)).toString(16).padStart(2, '0')}`;
}

export const isPack = (record: EntryPack | IdBucket): record is EntryPack => 'entries' in record;

/**
 * The directory records a transaction has read, changed in memory and written back once at
 * the end (two writes of one bucket in flight would lose the first).
 */
class Directory {
  private readonly read = new Map<string, Promise<IdBucket>>();
  private readonly changed = new Set<string>();
  constructor(private readonly store: PackStore) {}

  bucket(id: string): Promise<IdBucket> {
    const key = bucketOf(id);
    let bucket = this.read.get(key);
    if (!bucket) {
      bucket = this.store
        .get(key)
        .then((record) => (record && !isPack(record) ? record : { first: key, at: new Map() }));
      this.read.set(key, bucket);
    }
    return bucket;
  }

  /** Every bucket at once (an import touches most of them). */
  async loadAll(): Promise<void> {
    for (const record of await this.store.getAll(DIRECTORY)) {
      if (!isPack(record)) this.read.set(record.first, Promise.resolve(record));
    }
  }

  async createdAt(id: string): Promise<number | undefined> {
    return (await this.bucket(id)).at.get(id);
  }

  async set(id: string, createdAt: number | undefined): Promise<void> {
    const bucket = await this.bucket(id);
    if (bucket.at.get(id) === createdAt) return;
    if (createdAt === undefined) bucket.at.delete(id);
    else bucket.at.set(id, createdAt);
    this.changed.add(bucket.first);
  }

  async flush(store: PackStore<'readwrite'>): Promise<void> {
    const buckets = await Promise.all([...this.changed].map((key) => this.read.get(key)!));
    this.changed.clear();
    await Promise.all(buckets.map((bucket) => store.put(bucket)));
  }
}

/** The directory records for these entries (all new: the upgrade's, into an empty store). */
export function directoryOf(records: readonly StoredEntry[]): IdBucket[] {
  const buckets = new Map<string, IdBucket>();
  for (const record of records) {
    const key = bucketOf(record.id);
    const bucket = buckets.get(key) ?? { first: key, at: new Map<string, number>() };
    buckets.set(key, bucket);
    bucket.at.set(record.id, record.createdAt);
  }
  return [...buckets.values()];
}

/** The pack holding this id, and the entry, if it is there. */
async function holderOf(
  store: PackStore,
  directory: Directory,
  id: string,
): Promise<{ pack: EntryPack; entry: StoredEntry } | undefined> {
  const createdAt = await directory.createdAt(id);
  if (createdAt === undefined) return undefined;
  const key = await store.index('by-created').getKey([createdAt, id]);
  const pack = key === undefined ? undefined : await store.get(key);
  const entry = pack && isPack(pack) ? pack.entries.find((e) => e.id === id) : undefined;
  return entry && pack && isPack(pack) ? { pack, entry } : undefined;
}

export async function getStored(store: PackStore, id: string): Promise<StoredEntry | undefined> {
  return (await holderOf(store, new Directory(store), id))?.entry;
}

export function countStored(store: PackStore): Promise<number> {
  return store.index('by-created').count();
}

/** Every pack (the directory left out). */
export async function allPacks(store: PackStore, count?: number, after?: CreatedKey) {
  const range = after ? IDBKeyRange.lowerBound(after, true) : PACKS_ONLY;
  return (await store.getAll(range, count)).filter(isPack);
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
    store.getAll(range ?? PACKS_ONLY),
    below ? store.index('by-created').getAllKeys(range) : Promise.resolve([]),
  ]);
  const straddling = new Map<string, CreatedKey>();
  for (const key of keys as CreatedKey[]) {
    if (!range!.includes(key)) straddling.set(keyText(key), key);
  }
  const more = await Promise.all([...straddling.values()].map((key) => store.get(key)));
  const found: StoredEntry[] = [];
  for (const pack of [...more, ...inside]) {
    if (!pack || !isPack(pack)) continue;
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
    if (!isPack(pack) || seen.has(keyText(pack.first))) continue;
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
  directory = new Directory(store),
): Promise<void> {
  const holders = await Promise.all(ids.map((id) => holderOf(store, directory, id)));
  const groups = new Map<string, { pack: EntryPack; next: Map<string, StoredEntry | null> }>();
  const fresh: StoredEntry[] = [];
  ids.forEach((id, i) => {
    const holder = holders[i];
    const next = change(id, holder?.entry);
    if (next === undefined) return;
    if (!holder) {
      if (next) fresh.push(next);
      return;
    }
    const key = keyText(holder.pack.first);
    const group = groups.get(key) ?? { pack: holder.pack, next: new Map() };
    groups.set(key, group);
    group.next.set(id, next);
  });
  for (const { pack, next } of groups.values()) {
    const entries = pack.entries.flatMap((entry) => {
      const now = next.get(entry.id);
      return now === undefined ? [entry] : now === null ? [] : [now];
    });
    for (const [id, now] of next) await directory.set(id, now?.createdAt);
    await rewritePack(store, pack, entries);
  }
  // One at a time: each may join the newest pack, which the one before may have changed.
  for (const record of fresh) await addInto(store, record, directory);
  await directory.flush(store);
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
  const directory = new Directory(store);
  await addInto(store, record, directory);
  await directory.flush(store);
}

async function addInto(store: PackStore<'readwrite'>, record: StoredEntry, directory: Directory) {
  const pack = packOf([record]); // refuses a record without a proper id or time
  if ((await directory.createdAt(record.id)) !== undefined) {
    throw new DOMException('An entry with this id is already in the journal.', 'ConstraintError');
  }
  await directory.set(record.id, record.createdAt);
  const newest = (await store.openCursor(PACKS_ONLY, 'prev'))?.value;
  const last = newest && isPack(newest) ? newest.entries[newest.entries.length - 1] : undefined;
  if (newest && isPack(newest) && last && newest.entries.length < PACK_SIZE) {
    if (byCreated(last, record) < 0) {
      await store.put(packOf([...newest.entries, record]));
      return;
    }
  }
  await store.add(pack);
}

/**
 * Writes new entries (ids not in the journal: the caller has checked) PACK_SIZE to a record,
 * and their ids into the directory, with plain requests (no promise each); `written` hears of
 * each pack as it lands. For an import: the puts go out at once and the caller awaits the
 * transaction.
 */
export async function addPacked(
  store: PackStore<'readwrite'>,
  records: StoredEntry[],
  written: (entries: number) => void,
): Promise<void> {
  const packs = packsOf(records);
  const directory = new Directory(store);
  await directory.loadAll();
  for (const record of records) await directory.set(record.id, record.createdAt);
  await directory.flush(store);
  const raw = unwrap(store);
  for (const pack of packs) raw.put(pack).onsuccess = () => written(pack.entries.length);
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
