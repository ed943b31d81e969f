import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/store';

describe('the daily check-in setting', () => {
  it('comes to settings stored before it existed (version 1) as off, keeping everything else', async () => {
    await fakeBrowser.storage.local.set({
      settings: { version: 1, theme: 'dark', breathing: { pattern: '478', seconds: 120 } },
    });
    const settings = await loadSettings();
    expect(settings.checkin).toEqual({ on: false, time: '20:00' });
    expect(settings).toMatchObject({ theme: 'dark', breathing: { pattern: '478', seconds: 120 } });
  });

  it('is stored with the current version and a valid time only', async () => {
    await saveSettings({ checkin: { on: true, time: '07:30' } });
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toMatchObject({
      version: SETTINGS_VERSION,
      checkin: { on: true, time: '07:30' },
    });
    await fakeBrowser.storage.local.set({
      settings: { version: SETTINGS_VERSION, checkin: { on: 'yes', time: '7:30pm' } },
    });
    expect((await loadSettings()).checkin).toEqual({ on: false, time: '20:00' });
  });
});
