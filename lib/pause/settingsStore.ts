import { browser } from 'wxt/browser';
import { sanitisePauseSettings, type PauseSettings } from './settings';

/**
 * The pause's settings live under their own key, apart from the general settings: only the
 * options page, the background and the content script need them, so the popup and new tab do
 * not ship their sanitiser (the new tab's 15 kB budget is tight).
 */
export const PAUSE_SETTINGS_KEY = 'pauseSettings';
const VERSION = 1;

export async function loadPauseSettings(): Promise<PauseSettings> {
  const stored = await browser.storage.local.get(PAUSE_SETTINGS_KEY);
  return sanitisePauseSettings(stored[PAUSE_SETTINGS_KEY]);
}

export async function savePauseSettings(change: Partial<PauseSettings>): Promise<PauseSettings> {
  const next = sanitisePauseSettings({ ...(await loadPauseSettings()), ...change });
  await browser.storage.local.set({ [PAUSE_SETTINGS_KEY]: { version: VERSION, ...next } });
  return next;
}

export function watchPauseSettings(onChange: (settings: PauseSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[PAUSE_SETTINGS_KEY];
    if (area === 'local' && change) onChange(sanitisePauseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
