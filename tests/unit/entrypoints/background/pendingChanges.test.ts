import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { REMIND_PREFIX, pauseHandlers } from '@/entrypoints/background/pause';
import { applyDueChanges } from '@/entrypoints/background/pendingChanges';
import {
  PENDING_ALARM,
  askSiteOff,
  keepAsIs,
  loadPending,
  requestChange,
} from '@/lib/pause/pendingChanges';
import { isSiteOn, syncRegistrations } from '@/lib/pause/registration';
import { loadPauseSettings, savePauseSettings } from '@/lib/pause/settingsStore';
import { siteById } from '@/lib/pause/sites';
import { extras } from '../../support/fakeBrowserExtras';
import { sharedEntries } from '../../support/sharedJournal';

const whatsapp = siteById('whatsapp')!;
const slackTab = { id: fakeBrowser.runtime.id, url: 'https://app.slack.com/client/T1/C1' };
const draft = { text: 'are you mad at me??', matched: ['are you mad', '??'] };
const MIN = 60_000;

async function turnOn(origin: string) {
  await extras().permissions.request({ origins: [origin] });
  await syncRegistrations();
}
const registered = async () =>
  (await extras().scripting.getRegisteredContentScripts()).map((s) => s.id);

afterEach(() => {
  vi.useRealTimers();
});

describe('the kind delay, in the background', () => {
  it('with no delay set (the default), turning a site off is at once', async () => {
    // turnSiteOff, as the options page calls it, with no sender: just the permission.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: {} });
    await turnOn('https://web.whatsapp.com/*');
    expect(await askSiteOff(whatsapp)).toBeUndefined();
    expect(await isSiteOn(whatsapp)).toBe(false);
    expect(await loadPending()).toEqual([]);
  });

  it('with a delay, keeps the site on until the alarm, then turns it off and unregisters it', async () => {
    background.main();
    await turnOn('https://web.whatsapp.com/*');
    await savePauseSettings({ offDelayMinutes: 5 });
    const before = Date.now();
    const at = await askSiteOff(whatsapp);
    expect(at! - before).toBeGreaterThanOrEqual(5 * MIN);
    expect(await isSiteOn(whatsapp)).toBe(true);
    expect(await registered()).toContain('steady-pause-whatsapp');
    const alarm = await fakeBrowser.alarms.get(PENDING_ALARM);
    expect(alarm?.scheduledTime).toBe(at);

    // Not due yet: an early ring changes nothing.
    await applyDueChanges(at! - 1);
    expect(await isSiteOn(whatsapp)).toBe(true);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at!);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    expect(await isSiteOn(whatsapp)).toBe(false);
    expect(await registered()).not.toContain('steady-pause-whatsapp');
    expect(await loadPending()).toEqual([]);
    expect(await fakeBrowser.alarms.get(PENDING_ALARM)).toBeFalsy();
  });

  it('"Keep it on" cancels at once: the alarm rings for nothing', async () => {
    background.main();
    await turnOn('https://web.whatsapp.com/*');
    await savePauseSettings({ offDelayMinutes: 10 });
    const at = await askSiteOff(whatsapp);
    await keepAsIs({ kind: 'siteOff', site: 'whatsapp' });
    expect(await loadPending()).toEqual([]);
    expect(await fakeBrowser.alarms.get(PENDING_ALARM)).toBeFalsy();
    await applyDueChanges(at! + 1);
    expect(await isSiteOn(whatsapp)).toBe(true);
  });

  it('forgets a pending "off" when the site is turned on again after going off some other way', async () => {
    background.main();
    await turnOn('https://web.whatsapp.com/*');
    await turnOn('https://app.slack.com/*');
    await savePauseSettings({ offDelayMinutes: 30 });
    await askSiteOff(whatsapp);
    const slackAt = await askSiteOff(siteById('slack')!);
    // Removed in the browser's own settings (at once), then turned on again.
    await extras().permissions.remove({ origins: ['https://web.whatsapp.com/*'] });
    await extras().permissions.request({ origins: ['https://web.whatsapp.com/*'] });
    await vi.waitFor(async () =>
      expect((await loadPending()).map((p) => p.change)).toEqual([
        { kind: 'siteOff', site: 'slack' },
      ]),
    );
    await applyDueChanges(slackAt! + 1);
    expect(await isSiteOn(whatsapp)).toBe(true);
    expect(await isSiteOn(siteById('slack')!)).toBe(false);
  });

  it('lowers sensitivity and shortens the delay only when due; raises at once', async () => {
    await savePauseSettings({ sensitivity: 'watchful', offDelayMinutes: 30 });
    const now = Date.now();
    expect(await requestChange({ kind: 'sensitivity', to: 'gentle' }, now)).toMatchObject({
      now: false,
      at: now + 30 * MIN,
    });
    // Turning the delay itself off waits for the delay in effect: no loophole.
    expect(await requestChange({ kind: 'offDelay', to: 0 }, now)).toMatchObject({ now: false });
    expect((await loadPauseSettings()).sensitivity).toBe('watchful');
    await applyDueChanges(now + 30 * MIN);
    expect(await loadPauseSettings()).toMatchObject({ sensitivity: 'gentle', offDelayMinutes: 0 });
    expect(await requestChange({ kind: 'sensitivity', to: 'watchful' })).toMatchObject({
      now: true,
    });
  });

  it('survives a restart: at browser start, what came due while it was shut is applied, and the alarm for the rest is set again', async () => {
    await turnOn('https://web.whatsapp.com/*');
    await turnOn('https://app.slack.com/*');
    await savePauseSettings({ offDelayMinutes: 5 });
    const long = Date.now() - 10 * MIN;
    await requestChange({ kind: 'siteOff', site: 'whatsapp' }, long); // due 5 minutes ago
    const { at } = await requestChange({ kind: 'siteOff', site: 'slack' });
    await fakeBrowser.alarms.clearAll(); // the browser dropped it over the restart
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await isSiteOn(whatsapp)).toBe(false));
    expect(await isSiteOn(siteById('slack')!)).toBe(true);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(PENDING_ALARM))?.scheduledTime).toBe(at),
    );
  });
});

describe('"Wait until morning"', () => {
  it('keeps the draft with a reminder at the end of the person’s window, by the background’s clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const late = new Date(2026, 0, 10, 23, 40);
    vi.setSystemTime(late);
    await turnOn('https://app.slack.com/*');
    await savePauseSettings({ lateNight: { on: true, from: '23:00', to: '07:30' } });
    const { entryId, remindAt } = await pauseHandlers['pause.wait'](
      { ...draft, until: 'morning' },
      slackTab,
    );
    expect(new Date(remindAt)).toEqual(new Date(2026, 0, 11, 7, 30));
    expect((await fakeBrowser.alarms.get(REMIND_PREFIX + entryId))?.scheduledTime).toBe(remindAt);
    const [entry] = await sharedEntries();
    expect(entry).toMatchObject({ id: entryId, kind: 'unsent', unsent: { remindAt } });
  });

  it('never reminds more than 16 hours ahead, and refuses any other kind of wait', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 0, 10, 8, 0)); // just after the window ended
    await turnOn('https://app.slack.com/*');
    const { remindAt } = await pauseHandlers['pause.wait'](
      { ...draft, until: 'morning' },
      slackTab,
    );
    expect(remindAt - Date.now()).toBe(16 * 60 * MIN);
    await expect(
      pauseHandlers['pause.wait']({ ...draft, until: 'tomorrow' as 'morning' }, slackTab),
    ).rejects.toThrow();
    // A plain Wait is still ten minutes.
    const plain = await pauseHandlers['pause.wait'](draft, slackTab);
    expect(plain.remindAt - Date.now()).toBe(10 * MIN);
  });
});
