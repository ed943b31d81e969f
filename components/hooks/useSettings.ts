import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { writeFirstPaintHints } from '@/lib/settings/firstPaint';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';

/**
 * Settings, starting from the defaults so the first paint never waits on storage, then the
 * stored values, then any change made in another page.
 */
export function useSettings(): [
  settings: Settings,
  save: (change: Partial<Settings>) => Promise<void>,
  /** False until the stored settings have been read (the defaults are shown meanwhile). */
  loaded: boolean,
] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    const take = (next: Settings) => {
      if (!live) return;
      setSettings(next);
      setLoaded(true);
      writeFirstPaintHints(next);
    };
    void loadSettings().then(take);
    const stop = watchSettings(take);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = useCallback(async (change: Partial<Settings>) => {
    const next = await saveSettings(change);
    setSettings(next);
    writeFirstPaintHints(next);
  }, []);
  return [settings, save, loaded];
}
