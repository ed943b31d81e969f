import { defineItem } from '../storage/item';
import { SETTINGS_MIGRATIONS } from './migrations';
import { SETTINGS_VERSION, sanitiseSettings, type Settings } from './schema';

/** Steady's general settings (theme, breathing, new tab), under `settings`. */
export const settingsItem = /*#__PURE__*/ defineItem<Settings>({
  key: 'settings',
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  sanitise: sanitiseSettings,
});

export const loadSettings = (): Promise<Settings> => settingsItem.load();

/** Merges a partial change into what is stored and writes the whole, with its version. */
export function saveSettings(change: Partial<Settings>): Promise<Settings> {
  return settingsItem.update((current) => ({ ...current, ...change }));
}

export const watchSettings = (onChange: (settings: Settings) => void): (() => void) =>
  settingsItem.watch(onChange);
