import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_PAUSE_SETTINGS, type PauseSettings } from '@/lib/pause/settings';
import {
  loadPauseSettings,
  savePauseSettings,
  watchPauseSettings,
} from '@/lib/pause/settingsStore';

/** The pause's settings: defaults at first, then what is stored, then changes from elsewhere. */
export function usePauseSettings(): [
  PauseSettings,
  (change: Partial<PauseSettings>) => Promise<void>,
] {
  const [settings, setSettings] = useState<PauseSettings>(DEFAULT_PAUSE_SETTINGS);
  useEffect(() => {
    let live = true;
    void loadPauseSettings().then((loaded) => live && setSettings(loaded));
    const stop = watchPauseSettings((next) => live && setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = useCallback(async (change: Partial<PauseSettings>) => {
    setSettings(await savePauseSettings(change));
  }, []);
  return [settings, save];
}
