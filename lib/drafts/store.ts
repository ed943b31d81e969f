import { browser } from 'wxt/browser';
import { defineItem, record } from '../storage/item';

/** At most this long between a keystroke and the draft being written (the 300 ms bound). */
export const DRAFT_DEBOUNCE_MS = 250;

export interface DraftStore<T> {
  load(): Promise<T>;
  /** Schedules a write; calls within the debounce window coalesce into one. */
  save(value: T): void;
  /**
   * Writes any pending value now. Called on `pagehide`/`visibilitychange`: a popup closes the
   * moment focus leaves it, long before a debounce would fire, and this is what saves the words.
   */
  flush(): Promise<void>;
  clear(): Promise<void>;
  /** Calls back when the stored draft changes (in any page, this one included). */
  watch(onChange: (value: T) => void): () => void;
}

/** An optional field of a draft (an intensity, a need): a plain value, never an object. */
const plain = (value: unknown) =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * A sanitiser from the empty draft: each field keeps the stored value when it has the same
 * kind (a string, a number, a list of strings, a nested draft), else the empty one; optional
 * fields the empty draft leaves out are kept when they are plain values. Drafts are the
 * person's words, so nothing that is theirs is cut; only what cannot be a draft goes.
 */
export function like<T>(empty: T): (value: unknown) => T {
  const check = (template: unknown, value: unknown): unknown => {
    if (Array.isArray(template)) {
      if (!Array.isArray(value)) return template;
      const item = template[0];
      return item === undefined
        ? value.filter((v) => typeof v === 'string')
        : value.map((v) => check(item, v));
    }
    if (typeof template === 'object' && template !== null) {
      const stored = record(value);
      const out: Record<string, unknown> = {};
      for (const [key, part] of Object.entries(stored)) {
        if (key !== 'version' && !Object.hasOwn(template, key) && plain(part)) out[key] = part;
      }
      for (const [key, part] of Object.entries(template)) {
        out[key] = Object.hasOwn(stored, key) ? check(part, stored[key]) : part;
      }
      return out;
    }
    if (template === undefined || template === null) return value ?? template;
    return typeof value === typeof template ? value : template;
  };
  return (value) => check(empty, value) as T;
}

/**
 * A draft kept in `browser.storage.local` under `draft:<name>`, as a stored item (version 1;
 * drafts written before versions existed have the same fields and read as version 0).
 * storage.local (not IndexedDB) because a single `set` is handed to the browser process at
 * once, which survives the page being torn down right after; an IndexedDB transaction begun in
 * `pagehide` may not commit.
 */
export function createDraftStore<T>(
  name: string,
  empty: T,
  debounceMs = DRAFT_DEBOUNCE_MS,
): DraftStore<T> {
  const item = defineItem<T>({ key: `draft:${name}`, version: 1, sanitise: like(empty) });
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite: Promise<void> = Promise.resolve();

  function cancelTimer() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function flush(): Promise<void> {
    cancelTimer();
    if (!pending) return lastWrite;
    const written = pending;
    pending = undefined;
    lastWrite = item.save(written.value).then(
      () => undefined,
      (error: unknown) => {
        // Keep the words for the next flush, unless newer ones have arrived meanwhile.
        pending ??= written;
        throw error;
      },
    );
    return lastWrite;
  }

  return {
    load: () => item.load(),
    save(value) {
      pending = { value };
      cancelTimer();
      // A failed timed write stays pending; the next save or flush tries again.
      timer = setTimeout(() => flush().catch(() => undefined), debounceMs);
    },
    flush,
    async clear() {
      cancelTimer();
      pending = undefined;
      await lastWrite.catch(() => undefined);
      await item.remove();
      void draftNames?.then((names) => names.delete(`draft:${name}`));
    },
    watch: (onChange) => item.watch(onChange),
  };
}

/** The drafts stored when this page opened (read once), less those cleared since. */
let draftNames: Promise<Set<string>> | undefined;

/**
 * Whether a draft of this name was left in storage (by a tab closed mid-edit, say), read once
 * per page however many ask: the journal reopens an edit a closed tab left behind.
 */
export async function hasStoredDraft(name: string): Promise<boolean> {
  draftNames ??= browser.storage.local.get(null).then(
    (all) => new Set(Object.keys(all).filter((key) => key.startsWith('draft:'))),
    () => new Set<string>(),
  );
  return (await draftNames).has(`draft:${name}`);
}
