import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import {
  armCheckin,
  CHECKIN_ALARM,
  CHECKIN_PAGE,
  openCheckin,
  ringCheckin,
} from '@/lib/reminders/checkin';
import { saveSettings } from '@/lib/settings/store';
import { extras } from '../../support/fakeBrowserExtras';

const evening = { on: true, time: '20:00' } as const;

describe('the daily check-in', () => {
  it('is off by default: no alarm, no notification', async () => {
    expect(await armCheckin({ on: false, time: '20:00' })).toBeUndefined();
    expect(await fakeBrowser.alarms.get(CHECKIN_ALARM)).toBeFalsy();
    expect(await ringCheckin()).toBe(false);
    expect(extras().notifications.shown.size).toBe(0);
  });

  it('sets one alarm for the next time the person chose', async () => {
    const now = new Date(2026, 4, 1, 12, 0);
    const when = await armCheckin(evening, now);
    expect(when).toBe(new Date(2026, 4, 1, 20, 0).getTime());
    expect((await fakeBrowser.alarms.get(CHECKIN_ALARM))?.scheduledTime).toBe(when);
    await armCheckin(evening, now);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('shows a notification with no journal text, and sets tomorrow’s', async () => {
    await saveSettings({ checkin: evening });
    const now = new Date(2026, 4, 1, 20, 0);
    expect(await ringCheckin(now)).toBe(true);
    const shown = extras().notifications.shown.get(CHECKIN_ALARM) as Record<string, string>;
    expect(shown).toMatchObject({ title: 'A gentle check-in' });
    expect(shown.message).toBe(
      'How are you, right now? If you like, take a minute to write or to breathe.',
    );
    expect((await fakeBrowser.alarms.get(CHECKIN_ALARM))?.scheduledTime).toBe(
      new Date(2026, 4, 2, 20, 0).getTime(),
    );
  });

  it('stays quiet without the notifications permission, and keeps the days coming', async () => {
    await saveSettings({ checkin: evening });
    extras().permissions.api.delete('notifications');
    expect(await ringCheckin(new Date(2026, 4, 1, 20, 0))).toBe(false);
    expect(extras().notifications.shown.size).toBe(0);
    expect(await fakeBrowser.alarms.get(CHECKIN_ALARM)).toBeTruthy();
  });

  it('opens the Write tab, from which it can be turned off', async () => {
    expect(openCheckin('steady-pause-remind:abc')).toBe(false);
    expect(openCheckin(CHECKIN_ALARM)).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((tab) => tab.url?.endsWith(CHECKIN_PAGE))).toBe(true);
  });

  it('follows the settings in the background: turning it off clears the alarm', async () => {
    background.main();
    await saveSettings({ checkin: evening });
    await expect.poll(() => fakeBrowser.alarms.get(CHECKIN_ALARM)).toBeTruthy();
    await saveSettings({ checkin: { ...evening, on: false } });
    await expect.poll(() => fakeBrowser.alarms.get(CHECKIN_ALARM)).toBeFalsy();
  });
});
