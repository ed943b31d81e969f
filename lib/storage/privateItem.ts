import { browser } from 'wxt/browser';
import { defineItem, withVersion, type ItemSpec, type StoredItem } from './item';

/**
 * An item holding the person's own words (a draft, the notes from calm you): stored as any
 * item while the privacy lock is off, sealed while it is on (sealedValues.ts, loaded only
 * then, so a popup with the lock off ships none of the cryptography).
 */

/** storage.local: the lock's public key while the lock is on (not a secret). */
export const LOCK_PUBLIC_KEY = 'lockPublicKey';

export interface Envelope {
  sealed: 1;
  box: { epk: string; iv: string; ct: string };
  session?: { sid: string; iv: string; ct: string };
}

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).sealed === 1;
}

const sealing = () => import('./sealedValues');

/**
 * The lock's public key as this page last heard it: read once, then kept current by storage
 * events, so that with the lock off a draft's stored form is ready in the same task (a popup
 * torn down a moment after the last keystroke still writes it).
 */
let publicKey: JsonWebKey | null | undefined;
let known: Promise<void> | undefined;
function knowLock(): Promise<void> {
  known ??= (async () => {
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes[LOCK_PUBLIC_KEY]) {
        publicKey = (changes[LOCK_PUBLIC_KEY].newValue as JsonWebKey | undefined) ?? null;
      }
    });
    const stored = (await browser.storage.local.get(LOCK_PUBLIC_KEY))[LOCK_PUBLIC_KEY];
    publicKey ??= (stored as JsonWebKey | undefined) ?? null;
  })();
  return known;
}

export interface PrivateItem<T> extends StoredItem<T> {
  /** As load, and whether a value is there that this page cannot open (locked, after a restart). */
  loadState(): Promise<{ value: T; locked: boolean }>;
  /**
   * The stored form of a value: at once (a plain object) when the lock is known to be off,
   * else a promise of the sealed form.
   */
  prepare(value: T): unknown;
  /** Writes a stored form made by prepare. */
  write(stored: unknown): Promise<void>;
}

export function definePrivateItem<T>(spec: ItemSpec<T>): PrivateItem<T> {
  const plain = defineItem(spec);
  const { key } = spec;
  const pack = spec.pack ?? withVersion;
  void knowLock();
  async function open(stored: unknown): Promise<{ value: T; locked: boolean }> {
    if (!isEnvelope(stored)) return { value: plain.read(stored), locked: false };
    const opened = await (await sealing()).openEnvelope(key, stored);
    return opened.ok
      ? { value: plain.read(opened.value), locked: false }
      : { value: plain.read(undefined), locked: true };
  }
  async function sealed(packed: unknown): Promise<unknown> {
    await knowLock();
    return publicKey ? (await sealing()).sealValue(key, packed, publicKey) : packed;
  }
  const item: PrivateItem<T> = {
    ...plain,
    async loadState() {
      return open((await browser.storage.local.get(key))[key]);
    },
    async load() {
      return (await item.loadState()).value;
    },
    prepare(value) {
      const packed = pack(spec.sanitise(value), spec.version);
      return publicKey === null ? packed : sealed(packed);
    },
    write(stored) {
      // A ready form is handed to the browser in this very task (see drafts/store.ts).
      return stored instanceof Promise
        ? stored.then((form) => browser.storage.local.set({ [key]: form }))
        : browser.storage.local.set({ [key]: stored });
    },
    async save(value) {
      const clean = spec.sanitise(value);
      await item.write(await item.prepare(clean));
      return clean;
    },
    async update(change) {
      return item.save(change(await item.load()));
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'local' || !changes[key]) return;
        void open(changes[key].newValue).then(({ value, locked }) => {
          if (!locked) onChange(value);
        });
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
  return item;
}
