import { browser } from 'wxt/browser';

/** At most this long between a keystroke and the draft being written (the 300 ms bound). */
export const DRAFT_DEBOUNCE_MS = 250;

export interface DraftStore<T> {
  load(): Promise<T | undefined>;
  /** Schedules a write; calls within the debounce window coalesce into one. */
  save(value: T): void;
  /**
   * Writes any pending value now. Called on `pagehide`/`visibilitychange`: a popup closes the
   * moment focus leaves it, long before a debounce would fire, and this is what saves the words.
   */
  flush(): Promise<void>;
  clear(): Promise<void>;
  /** Calls back when the stored draft changes (in any page, this one included). */
  watch(onChange: (value: T | undefined) => void): () => void;
}

/**
 * A draft kept in `browser.storage.local` under `draft:<name>`. storage.local (not IndexedDB)
 * because a single `set` is handed to the browser process at once, which survives the page
 * being torn down right after; an IndexedDB transaction begun in `pagehide` may not commit.
 */
export function createDraftStore<T>(name: string, debounceMs = DRAFT_DEBOUNCE_MS): DraftStore<T> {
  const key = `draft:${name}`;
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
    lastWrite = browser.storage.local.set({ [key]: written.value }).catch((error: unknown) => {
      // Keep the words for the next flush, unless newer ones have arrived meanwhile.
      pending ??= written;
      throw error;
    });
    return lastWrite;
  }

  return {
    async load() {
      const stored = await browser.storage.local.get(key);
      return stored[key] as T | undefined;
    },
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
      await browser.storage.local.remove(key);
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && changes[key]) onChange(changes[key].newValue as T | undefined);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
