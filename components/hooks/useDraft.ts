import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createDraftStore } from '@/lib/drafts/store';

export interface DraftControls<T> {
  value: T;
  /** False until the stored draft has been read; inputs stay usable meanwhile. */
  restored: boolean;
  set(value: T): void;
  /** Forgets the draft. */
  clear(): Promise<void>;
  /**
   * After `saved` went into the journal: keeps whatever was typed while the save ran (see
   * DraftOptions.remaining), and forgets the rest.
   */
  settle(saved: T): Promise<void>;
}

export interface DraftOptions<T> {
  /** Both versions in one, when the draft changed elsewhere while this page had unsaved typing. */
  merge(stored: T, typed: T): T;
  /** What is left of `current` once `saved` is saved; undefined when nothing is. */
  remaining(current: T, saved: T): T | undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A value saved as the user types and restored when the page opens again. The pending write
 * is flushed when the page hides, which is what saves a popup closed mid-sentence. Words are
 * never dropped: a stored draft arriving after typing began, or changed by another page (two
 * new tabs), is merged with what this page holds rather than replacing it.
 */
export function useDraft<T>(name: string, empty: T, options: DraftOptions<T>): DraftControls<T> {
  const store = useMemo(() => createDraftStore<T>(name, empty), [name]);
  const [value, setValue] = useState<T>(empty);
  const [restored, setRestored] = useState(false);
  // What this page holds, and the last version it knows the storage to hold.
  const local = useRef<T>(empty);
  const synced = useRef<T>(empty);
  // Versions this page wrote: their echo from storage is not news (and must not bring back
  // words the user has since deleted).
  const written = useRef<string[]>([]);
  const { merge } = options;

  const set = useCallback(
    (next: T) => {
      local.current = next;
      written.current = [...written.current.slice(-49), JSON.stringify(next)];
      setValue(next);
      store.save(next);
    },
    [store],
  );

  useEffect(() => {
    let live = true;
    const take = (stored: T | undefined, echo = false) => {
      const incoming = stored ?? empty;
      const unsaved = !same(local.current, synced.current);
      synced.current = incoming;
      if (echo || same(incoming, local.current)) return;
      if (!unsaved) {
        local.current = incoming;
        setValue(incoming);
      } else {
        set(merge(incoming, local.current));
      }
    };
    void store.load().then((stored) => {
      if (!live) return;
      take(stored);
      setRestored(true);
    });
    const stopWatching = store.watch((stored) => {
      if (live) take(stored, written.current.includes(JSON.stringify(stored ?? empty)));
    });
    const flush = () => void store.flush().catch(() => undefined);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      flush();
      stopWatching();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);

  const clear = useCallback(async () => {
    local.current = empty;
    synced.current = empty;
    setValue(empty);
    await store.clear();
  }, [store, empty]);

  const settle = useCallback(
    async (saved: T) => {
      const rest = options.remaining(local.current, saved);
      if (rest === undefined) await clear();
      else set(rest);
    },
    [clear, set, options],
  );

  return { value, restored, set, clear, settle };
}
