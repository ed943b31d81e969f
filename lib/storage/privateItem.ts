import { browser } from 'wxt/browser';
import { readStored, withVersion, type ItemSpec } from './item';

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

/** Sealing (at the first keystroke) and opening with the passcode's keys: only if need be. */
const sealing = () => import('./sealedValues');
/** Opening a draft's quick copy as a page opens with the lock on: small, on its own. */
const quickCopy = () => import('./sessionCopy');

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

export interface PrivateItem<T> {
  /** The value, and whether one is there that this page cannot open (locked, after a restart). */
  loadState(): Promise<{ value: T; locked: boolean }>;
  load(): Promise<T>;
  /**
   * The stored form of a value: at once (a plain object) when the lock is known to be off,
   * else a promise of the sealed form.
   */
  prepare(value: T): unknown;
  /** Writes a stored form made by prepare; a ready one is handed over in this very task. */
  write(stored: unknown): Promise<void>;
  save(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new value when any page changes it (and this page can open it). */
  watch(onChange: (value: T) => void): () => void;
}

export function definePrivateItem<T>(spec: ItemSpec<T>): PrivateItem<T> {
  const { key } = spec;
  const read = (stored: unknown) => readStored(spec, stored);
  const local = browser.storage.local;
  void knowLock();
  async function open(stored: unknown): Promise<{ value: T; locked: boolean }> {
    if (!isEnvelope(stored)) return { value: read(stored), locked: false };
    const quick = await (await quickCopy()).openSessionCopy(key, stored);
    const opened = quick.ok ? quick : await (await sealing()).openEnvelope(key, stored);
    return { value: read(opened.ok ? opened.value : undefined), locked: !opened.ok };
  }
  const item: PrivateItem<T> = {
    loadState: async () => open((await local.get(key))[key]),
    load: async () => (await item.loadState()).value,
    prepare(value) {
      const packed = (spec.pack ?? withVersion)(spec.sanitise(value), spec.version);
      return publicKey === null
        ? packed
        : knowLock().then(async () =>
            publicKey ? (await sealing()).sealValue(key, packed, publicKey) : packed,
          );
    },
    write: (stored) =>
      stored instanceof Promise
        ? stored.then((form) => local.set({ [key]: form }))
        : local.set({ [key]: stored }),
    save: (value) => item.write(item.prepare(value)),
    remove: () => local.remove(key),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && changes[key]) {
          void open(changes[key].newValue).then((got) => got.locked || onChange(got.value));
        }
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
  return item;
}
