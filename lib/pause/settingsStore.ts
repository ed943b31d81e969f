import { defineItem, type ItemSpec } from '../storage/item';
import { sanitisePauseSettings, type PauseSettings } from './settings';

/**
 * The pause's settings live under their own key, apart from the general settings: only the
 * options page, the background and the content script need them, so the popup and new tab do
 * not ship their sanitiser. Version 1 is the first shape, so there is nothing to migrate yet.
 */
export const PAUSE_SETTINGS_KEY = 'pauseSettings';

export const PAUSE_SETTINGS: ItemSpec<PauseSettings> = {
  key: PAUSE_SETTINGS_KEY,
  version: 1,
  migrations: {},
  sanitise: sanitisePauseSettings,
};

export const pauseSettingsItem = /*#__PURE__*/ defineItem(PAUSE_SETTINGS);

export const loadPauseSettings = (): Promise<PauseSettings> => pauseSettingsItem.load();

export function savePauseSettings(change: Partial<PauseSettings>): Promise<PauseSettings> {
  return pauseSettingsItem.update((current) => ({ ...current, ...change }));
}

export const watchPauseSettings = (onChange: (settings: PauseSettings) => void): (() => void) =>
  pauseSettingsItem.watch(onChange);
