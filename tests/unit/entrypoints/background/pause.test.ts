import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { REMIND_PREFIX, pauseHandlers, restoreReminders } from '@/entrypoints/background/pause';
import { getJournal } from '@/lib/journal/store/open';
import { detect } from '@/lib/pause/detect';
import { unpackModel } from '@/lib/pause/modelTypes';
import { ENABLED_SITES_KEY, syncRegistrations } from '@/lib/pause/registration';
import { extras } from '../../support/fakeBrowserExtras';
import { sharedEntries } from '../../support/sharedJournal';

const slackTab = { id: fakeBrowser.runtime.id, url: 'https://app.slack.com/client/T1/C1' };
const draft = {
  text: 'are you mad at me??',
  matched: ['are you mad', '??'],
  need: 'reassurance' as const,
};

async function turnOn(origin: string) {
  await extras().permissions.request({ origins: [origin] });
}

async function pauses() {
  return (await getJournal()).getAll('pauses');
}

describe('the background side of the pause', () => {
  it('saves a draft from a site that is on as an unsent entry, with a pause event that has no text', async () => {
    await turnOn('https://app.slack.com/*');
    const { entryId } = await pauseHandlers['pause.save'](draft, slackTab);
    const [entry] = await sharedEntries();
    expect(entry).toMatchObject({
      id: entryId,
      kind: 'unsent',
      text: 'are you mad at me??',
      need: 'reassurance',
      unsent: { site: 'slack', matched: ['are you mad', '??'] },
    });
    const [pause] = await pauses();
    expect(pause).toMatchObject({ site: 'slack', outcome: 'saved', entryId });
    expect(JSON.stringify(pause)).not.toContain('mad');
  });

  it('refuses senders that are not a tab on a site the user turned on, and writes nothing', async () => {
    await turnOn('https://app.slack.com/*');
    const senders = [
      { id: fakeBrowser.runtime.id, url: 'https://discord.com/channels/1/2' }, // not turned on
      { id: fakeBrowser.runtime.id, url: 'https://app.slack.com.evil.example/' },
      { id: fakeBrowser.runtime.id, url: 'http://app.slack.com/' },
      {
        id: fakeBrowser.runtime.id,
        url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
      },
      { id: fakeBrowser.runtime.id },
    ];
    for (const sender of senders) {
      await expect(pauseHandlers['pause.save'](draft, sender), sender.url).rejects.toThrow();
      await expect(
        pauseHandlers['pause.sendAnyway']({ conversation: 'x' }, sender),
      ).rejects.toThrow();
    }
    expect(await sharedEntries()).toEqual([]);
    expect(await pauses()).toEqual([]);
  });

  it('keeps a waiting draft, and its reminder never shows the words; a click opens it in the journal', async () => {
    background.main();
    await turnOn('https://app.slack.com/*');
    const before = Date.now();
    const { entryId, remindAt } = await pauseHandlers['pause.wait'](draft, slackTab);
    expect(remindAt - before).toBeGreaterThanOrEqual(10 * 60_000);
    expect((await sharedEntries())[0]?.unsent?.remindAt).toBe(remindAt);
    expect((await pauses())[0]).toMatchObject({ outcome: 'waited', entryId });
    const alarm = await fakeBrowser.alarms.get(REMIND_PREFIX + entryId);
    expect(alarm?.scheduledTime).toBe(remindAt);

    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    const shown = extras().notifications.shown.get(REMIND_PREFIX + entryId);
    expect(shown).toMatchObject({ title: 'Still want to send it?' });
    expect(JSON.stringify(shown)).not.toContain('mad');

    await extras().notifications.onClicked.trigger(REMIND_PREFIX + entryId);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContainEqual(
      expect.stringContaining(`/journal.html?entry=${entryId}`),
    );
  });

  it('keeps a waiting draft once and says so when the browser will not set the reminder', async () => {
    await turnOn('https://app.slack.com/*');
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValue(new Error('no alarms today'));
    // Success (nothing to retry, so no second copy), with remindAt 0: no reminder was set.
    const { entryId, remindAt } = await pauseHandlers['pause.wait'](draft, slackTab);
    expect(remindAt).toBe(0);
    const entries = await sharedEntries();
    expect(entries.map((e) => e.id)).toEqual([entryId]);
    // The entry keeps its time, so a later start can still set the reminder.
    expect(entries[0]?.unsent?.remindAt).toBeGreaterThan(Date.now());
    expect(await pauses()).toHaveLength(1);
  });

  it('puts back a waiting draft’s reminder the browser dropped, but rings none late', async () => {
    await turnOn('https://app.slack.com/*');
    const { entryId, remindAt } = await pauseHandlers['pause.wait'](draft, slackTab);
    await fakeBrowser.alarms.clearAll();
    await restoreReminders();
    expect((await fakeBrowser.alarms.get(REMIND_PREFIX + entryId))?.scheduledTime).toBe(remindAt);
    await fakeBrowser.alarms.clearAll();
    await restoreReminders(remindAt + 1);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('starts a cooldown for the conversation on Send anyway, records it without text, and tells new pages', async () => {
    await turnOn('https://app.slack.com/*');
    const { until } = await pauseHandlers['pause.sendAnyway'](
      { conversation: 'slack:/client/T1/C1' },
      slackTab,
    );
    expect(until - Date.now()).toBeGreaterThan(9 * 60_000);
    expect((await pauses())[0]).toMatchObject({ site: 'slack', outcome: 'sent' });
    expect((await pauses())[0]?.entryId).toBeUndefined();
    expect(await pauseHandlers['pause.hello']({}, slackTab)).toMatchObject({
      on: true,
      cooldowns: { 'slack:/client/T1/C1': until },
      notes: [],
    });
    // A page may set cooldowns only for its own site's conversations.
    await expect(
      pauseHandlers['pause.sendAnyway']({ conversation: 'discord:/channels/1' }, slackTab),
    ).rejects.toThrow();
  });

  it('hands the pause model to a page on a site that is on, and to no other', async () => {
    await expect(pauseHandlers['pause.model']({}, slackTab)).rejects.toThrow();
    await turnOn('https://app.slack.com/*');
    const shipped = await pauseHandlers['pause.model']({}, slackTab);
    const model = unpackModel(shipped);
    expect(model.hashes.length).toBeGreaterThan(10_000);
    // What the page decodes weighs a worried draft as the tests' copy of the model does.
    const verdict = detect('you went quiet after i told you about my ex, was it too much', {
      phrases: [],
      sensitivity: 'balanced',
      quickSends: 0,
      model,
    });
    expect(verdict.pause).toBe(true);
  });

  it('lets only Steady’s own pages ask for the sites to be synced', async () => {
    await expect(pauseHandlers['pause.syncSites']({}, slackTab)).rejects.toThrow();
    await expect(
      pauseHandlers['pause.syncSites'](
        {},
        { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') },
      ),
    ).resolves.toEqual({ enabled: [] });
  });
});

describe('registering the content script', () => {
  it('registers it at run time for exactly the sites whose permission is held, and says which are on', async () => {
    await turnOn('https://app.slack.com/*');
    await turnOn('https://web.whatsapp.com/*');
    await syncRegistrations();
    const scripts = await extras().scripting.getRegisteredContentScripts();
    expect(scripts.map((s) => s.id).sort()).toEqual([
      'steady-pause-slack',
      'steady-pause-whatsapp',
    ]);
    expect(scripts.find((s) => s.id === 'steady-pause-slack')).toMatchObject({
      matches: ['https://app.slack.com/*'],
      js: ['content-scripts/pause.js'],
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
    expect((await fakeBrowser.storage.local.get(ENABLED_SITES_KEY))[ENABLED_SITES_KEY]).toEqual([
      'whatsapp',
      'slack',
    ]);

    await extras().permissions.remove({ origins: ['https://app.slack.com/*'] });
    await syncRegistrations();
    await syncRegistrations(); // as often as it likes: no duplicate registrations
    expect((await extras().scripting.getRegisteredContentScripts()).map((s) => s.id)).toEqual([
      'steady-pause-whatsapp',
    ]);
  });

  it('needs every origin of a site with two (X and Twitter) before it counts as on', async () => {
    await turnOn('https://x.com/*');
    expect(await syncRegistrations()).toEqual([]);
    await turnOn('https://twitter.com/*');
    expect(await syncRegistrations()).toEqual(['x']);
  });

  it('re-registers on browser start, from the permissions held', async () => {
    background.main();
    await turnOn('https://mail.google.com/*');
    await extras().scripting.unregisterContentScripts({ ids: ['steady-pause-gmail'] });
    await fakeBrowser.runtime.onStartup.trigger();
    await expect
      .poll(async () => (await extras().scripting.getRegisteredContentScripts()).map((s) => s.id))
      .toEqual(['steady-pause-gmail']);
  });
});
