import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createDraftStore } from '@/lib/drafts/store';

export interface DraftControls<T> {
  value: T;
  /** False until the stored draft has been read; inputs stay usable meanwhile. */
  restored: boolean;
  set(value: T): void;
  /** Forgets the draft (after a successful save). */
  clear(): Promise<void>;
}

/**
 * A value saved as the user types and restored when the page opens again. The pending write
 * is flushed when the page hides, which is what saves a popup closed mid-sentence.
 */
export function useDraft<T>(name: string, empty: T): DraftControls<T> {
  const store = useMemo(() => createDraftStore<T>(name), [name]);
  const [value, setValue] = useState<T>(empty);
  const [restored, setRestored] = useState(false);
  const typed = useRef(false);

  useEffect(() => {
    let live = true;
    void store.load().then((saved) => {
      if (!live) return;
      // Never let a slow read overwrite what the user has already begun typing.
      if (saved !== undefined && !typed.current) setValue(saved);
      setRestored(true);
    });
    const flush = () => void store.flush().catch(() => undefined);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);

  const set = useCallback(
    (next: T) => {
      typed.current = true;
      setValue(next);
      store.save(next);
    },
    [store],
  );
  const clear = useCallback(async () => {
    setValue(empty);
    await store.clear();
  }, [store, empty]);

  return { value, restored, set, clear };
}
