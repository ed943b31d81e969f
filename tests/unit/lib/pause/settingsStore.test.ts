import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PAUSE_SETTINGS } from '@/lib/pause/settings';
import {
  PAUSE_SETTINGS_KEY,
  loadPauseSettings,
  savePauseSettings,
  watchPauseSettings,
} from '@/lib/pause/settingsStore';

describe('the pause settings store', () => {
  it('gives the defaults when nothing is stored, and for corrupt values', async () => {
    expect(await loadPauseSettings()).toEqual(DEFAULT_PAUSE_SETTINGS);
    await fakeBrowser.storage.local.set({ [PAUSE_SETTINGS_KEY]: 'on' });
    expect(await loadPauseSettings()).toEqual(DEFAULT_PAUSE_SETTINGS);
  });

  it('merges a change, keeps valid choices field by field and stores a version', async () => {
    const saved = await savePauseSettings({ sensitivity: 'watchful', modes: { slack: 'always' } });
    expect(saved).toEqual({
      ...DEFAULT_PAUSE_SETTINGS,
      sensitivity: 'watchful',
      modes: { slack: 'always' },
    });
    await savePauseSettings({ seconds: 3 as never, cooldownMinutes: 20 });
    expect(await loadPauseSettings()).toEqual({ ...saved, cooldownMinutes: 20 });
    const stored = (await fakeBrowser.storage.local.get(PAUSE_SETTINGS_KEY))[PAUSE_SETTINGS_KEY];
    expect(stored).toMatchObject({ version: 1, cooldownMinutes: 20 });
  });

  it('is kept apart from the general settings', async () => {
    await savePauseSettings({ sensitivity: 'gentle' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('tells a watcher about changes from other pages, sanitised', async () => {
    const onChange = vi.fn();
    const stop = watchPauseSettings(onChange);
    await fakeBrowser.storage.local.set({
      [PAUSE_SETTINGS_KEY]: { sensitivity: 'gentle', modes: { slack: 'never' } },
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_PAUSE_SETTINGS, sensitivity: 'gentle' });
    stop();
    await fakeBrowser.storage.local.set({ [PAUSE_SETTINGS_KEY]: { sensitivity: 'watchful' } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
