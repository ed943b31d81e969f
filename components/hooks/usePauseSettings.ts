import { DEFAULT_PAUSE_SETTINGS, type PauseSettings } from '@/lib/pause/settings';
import { pauseSettingsItem } from '@/lib/pause/settingsStore';
import { useStoredItem } from './useStoredItem';

/** The pause's settings: defaults at first, then what is stored, then changes from elsewhere. */
export function usePauseSettings(): [
  PauseSettings,
  (change: Partial<PauseSettings>) => Promise<void>,
] {
  const [settings, save] = useStoredItem(pauseSettingsItem, DEFAULT_PAUSE_SETTINGS);
  return [settings, save];
}
