import { browser } from 'wxt/browser';

/**
 * One definition for each thing Steady keeps in `browser.storage.local` (settings, the pause's
 * settings, drafts, notes from calm you): its key, the version of the shape it writes, how
 * older shapes become this one, and a sanitiser that keeps what is valid and defaults the
 * rest. Load, save and watch are then the same everywhere, and a hand-edited, partial, old or
 * corrupted value never breaks a surface.
 *
 * Hand-written rather than WXT's storage.defineItem: that brings about 3.7 kB gzip (one object
 * that cannot be tree-shaken), more than the new tab's and the content script's budgets
 * allow, for features (metadata, snapshots, locking) Steady does not use.
 */
export interface ItemSpec<T> {
  key: string;
  /** The version of the shape this Steady writes. */
  version: number;
  /** `migrations[n]` turns a stored value of version n-1 into version n; they run in order. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Keeps every stored value that is still valid; falls back to the default for the rest. */
  sanitise(value: unknown): T;
  /** How a value is written; default: the object with its `version` beside its fields. */
  pack?(value: T, version: number): unknown;
  /** The version a stored value was written at; default: its `version` field, else 0. */
  versionOf?(stored: unknown): number;
}

export interface StoredItem<T> {
  readonly key: string;
  /** A stored value (from storage or a change event) brought up to date and sanitised. */
  read(stored: unknown): T;
  load(): Promise<T>;
  /** Writes the value (sanitised) with the current version; resolves with what was written. */
  save(value: T): Promise<T>;
  /** Reads, changes and writes: for partial changes such as one setting. */
  update(change: (current: T) => T): Promise<T>;
  remove(): Promise<void>;
  /** Calls back with the new value whenever any page or the background changes it. */
  watch(onChange: (value: T) => void): () => void;
}

function ownVersion(stored: unknown): number {
  const version = (stored as { version?: unknown } | null)?.version;
  return typeof version === 'number' && Number.isInteger(version) ? version : 0;
}

export function withVersion(value: unknown, version: number): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { ...value, version }
    : value;
}

/**
 * Brings a stored value from its version up to `target`. One from a newer Steady (after a
 * downgrade) is left as it is: the sanitiser keeps what this version understands.
 */
export function migrate(
  stored: unknown,
  from: number,
  target: number,
  migrations: Record<number, (old: unknown) => unknown> = {},
): unknown {
  let current = stored;
  for (let version = from + 1; version <= target; version++) {
    const step = migrations[version];
    if (step) current = step(current);
  }
  return current;
}

/**
 * A stored value (from storage or a change event) brought up to date and sanitised. On its own
 * so a context that only reads (the pause's content script) does not ship load/save/watch.
 */
export function readStored<T>(spec: ItemSpec<T>, stored: unknown): T {
  const versionOf = spec.versionOf ?? ownVersion;
  return spec.sanitise(
    stored === undefined
      ? undefined
      : migrate(stored, versionOf(stored), spec.version, spec.migrations),
  );
}

export function defineItem<T>(spec: ItemSpec<T>): StoredItem<T> {
  const { key, version } = spec;
  const pack = spec.pack ?? withVersion;
  const read = (stored: unknown): T => readStored(spec, stored);
  const item: StoredItem<T> = {
    key,
    read,
    async load() {
      return read((await browser.storage.local.get(key))[key]);
    },
    async save(value) {
      const clean = spec.sanitise(value);
      await browser.storage.local.set({ [key]: pack(clean, version) });
      return clean;
    },
    async update(change) {
      return item.save(change(await item.load()));
    },
    async remove() {
      await browser.storage.local.remove(key);
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && changes[key]) onChange(read(changes[key].newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
  return item;
}

/** Shared by the sanitisers: the value as a plain object, or an empty one. */
export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Shared by the sanitisers: the value if it is one of `allowed`, else the fallback. */
export function oneOf<T extends string | number>(
  allowed: readonly T[],
  value: unknown,
  fallback: T,
): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
