import { writeFirstPaintHints } from '@/lib/settings/firstPaint';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { settingsItem } from '@/lib/settings/store';
import { useStoredItem } from './useStoredItem';

/** Steady's settings, with the two first-paint hints kept in step (lib/settings/firstPaint.ts). */
export function useSettings(): [
  settings: Settings,
  save: (change: Partial<Settings>) => Promise<void>,
  /** False until the stored settings have been read (the defaults are shown meanwhile). */
  loaded: boolean,
] {
  return useStoredItem(settingsItem, DEFAULT_SETTINGS, writeFirstPaintHints);
}
