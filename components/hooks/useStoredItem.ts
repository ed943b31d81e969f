import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StoredItem } from '@/lib/storage/item';

/**
 * A stored item (lib/storage/item.ts) for the UI: its defaults at first, so the first paint
 * never waits on storage; then the stored value; then any change made in another page. `save`
 * merges a partial change into what is stored and writes the whole.
 */
export function useStoredItem<T extends object>(
  item: StoredItem<T>,
  initial: T,
  /** Called with every value taken in (a first-paint hint to keep in step, say). */
  onValue?: (value: T) => void,
): [value: T, save: (change: Partial<T>) => Promise<void>, loaded: boolean] {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    const take = (next: T) => {
      if (!live) return;
      setValue(next);
      setLoaded(true);
      onValue?.(next);
    };
    void item.load().then(take);
    const stop = item.watch(take);
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  const save = useCallback(
    async (change: Partial<T>) => {
      const next = await item.update((current) => ({ ...current, ...change }));
      setValue(next);
      onValue?.(next);
    },
    [item],
  );
  return [value, save, loaded];
}
