import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';

/**
 * Settings, starting from the defaults so the first paint never waits on storage, then the
 * stored values, then any change made in another page.
 */
export function useSettings(): [Settings, (change: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = watchSettings((next) => live && setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = useCallback(async (change: Partial<Settings>) => {
    setSettings(await saveSettings(change));
  }, []);
  return [settings, save];
}
