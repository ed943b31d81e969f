import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('settings')).settings;
}

describe('the settings store', () => {
  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('loads the defaults when what is stored is not an object', async () => {
    await fakeBrowser.storage.local.set({ settings: 'dark please' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid stored fields and replaces corrupt ones', async () => {
    await fakeBrowser.storage.local.set({
      settings: { version: 1, breathing: { pattern: 'sigh', seconds: -5 }, theme: 'dark' },
    });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      breathing: { pattern: 'sigh', seconds: 60 },
      theme: 'dark',
    });
  });

  it('merges a change into what is stored and writes the current version', async () => {
    await fakeBrowser.storage.local.set({
      settings: { version: 1, breathing: { pattern: '478', seconds: 120 }, theme: 'system' },
    });
    const next = await saveSettings({ theme: 'dark' });
    expect(next).toEqual({
      ...DEFAULT_SETTINGS,
      breathing: { pattern: '478', seconds: 120 },
      theme: 'dark',
    });
    expect(await stored()).toEqual({ version: SETTINGS_VERSION, ...next });
    expect(await loadSettings()).toEqual(next);
  });

  it('saves over the defaults when nothing was stored yet', async () => {
    await saveSettings({ breathing: { pattern: 'resonance', seconds: 300 } });
    expect(await stored()).toEqual({
      version: SETTINGS_VERSION,
      ...DEFAULT_SETTINGS,
      breathing: { pattern: 'resonance', seconds: 300 },
      theme: 'system',
    });
  });

  it('does not store an invalid change', async () => {
    await saveSettings({ theme: 'neon' as never });
    expect(await stored()).toMatchObject({ theme: 'system' });
  });

  it('tells a watcher about a change made by another page', async () => {
    const onChange = vi.fn();
    watchSettings(onChange);
    await fakeBrowser.storage.local.set({
      settings: { version: 1, breathing: { pattern: 'box', seconds: 30 }, theme: 'light' },
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      breathing: { pattern: 'box', seconds: 30 },
      theme: 'light',
    });
  });

  it('gives a watcher sanitised settings, even from a corrupt write', async () => {
    const onChange = vi.fn();
    watchSettings(onChange);
    await fakeBrowser.storage.local.set({ settings: { theme: 42 } });
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
  });

  it('ignores changes to other keys', async () => {
    const onChange = vi.fn();
    watchSettings(onChange);
    await fakeBrowser.storage.local.set({ 'draft:quick-journal': { text: 'hi', tags: '' } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops calling a watcher after it unsubscribes', async () => {
    const onChange = vi.fn();
    const stop = watchSettings(onChange);
    await saveSettings({ theme: 'dark' });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await saveSettings({ theme: 'light' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
