import { browser } from 'wxt/browser';
import { migrateSettings } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, sanitiseSettings, type Settings } from './schema';

const KEY = 'settings';

function toSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return structuredClone(DEFAULT_SETTINGS);
  return sanitiseSettings(migrateSettings(stored as Record<string, unknown>, SETTINGS_VERSION));
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return toSettings(stored[KEY]);
}

/** Writes the whole settings object with the current version, after merging a partial change. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitiseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [KEY]: { version: SETTINGS_VERSION, ...next } });
  return next;
}

/** Calls back with the new settings whenever any page changes them. Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) onChange(toSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
