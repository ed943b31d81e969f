import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { pauseHandlers, restoreReminders } from '@/entrypoints/background/pause';
import { getJournal } from '@/lib/journal/store/open';
import { JournalError } from '@/lib/journal/errors';
import { MAX_TEXT_LENGTH } from '@/lib/journal/entry/limits';
import type { Entry } from '@/lib/journal/entry/types';
import { MAX_CONVERSATION_LENGTH, MAX_MATCHED_SENT, SAVES_PER_MINUTE } from '@/lib/pause/limits';
import { MAX_REMINDERS, REMIND_PREFIX } from '@/lib/pause/reminders';
import { extras } from '../../support/fakeBrowserExtras';
import { sharedEntries } from '../../support/sharedJournal';
import { deleteRecord, getRecord, putRecords } from '../../support/stored';

/**
 * What a page that operates the pause by itself can make the background do: bounded. Each test
 * drives the handlers as a content script's messages would, and looks at what a person would
 * notice: reminders (alarms, notifications) and journal entries.
 */
const url = 'https://web.whatsapp.com/';
const tab = (id: number) => ({ id: fakeBrowser.runtime.id, url, tab: { id } });
const draft = (conversation = 'whatsapp:~alex', text = 'are you mad at me??') => ({
  text,
  matched: ['are you mad', '??'],
  need: 'reassurance' as const,
  conversation,
});

async function turnOn() {
  await extras().permissions.request({ origins: ['https://web.whatsapp.com/*'] });
}

async function reminderEntries(): Promise<string[]> {
  const alarms = await fakeBrowser.alarms.getAll();
  return alarms.map((a) => a.name.slice(REMIND_PREFIX.length)).sort();
}

describe('one reminder per conversation', () => {
  it('twelve Waits in one conversation leave one reminder, for the newest draft; every draft is kept', async () => {
    await turnOn();
    const ids: string[] = [];
    // From twelve tabs, so the per-tab rate limit stays out of this test.
    for (let i = 0; i < 12; i++) {
      const { entryId, remindAt } = await pauseHandlers['pause.wait'](draft(), tab(i));
      expect(remindAt).toBeGreaterThan(Date.now());
      ids.push(entryId);
    }
    expect(await reminderEntries()).toEqual([ids[11]]);
    const entries = await sharedEntries();
    expect(entries).toHaveLength(12);
    // The older drafts stay in the journal, with no reminder time left to bring back.
    expect(entries.filter((e) => e.unsent?.remindAt).map((e) => e.id)).toEqual([ids[11]]);
    await fakeBrowser.alarms.clearAll();
    await restoreReminders();
    expect(await reminderEntries()).toEqual([ids[11]]);
  });

  it('holds even when the Waits arrive all at once', async () => {
    await turnOn();
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => pauseHandlers['pause.wait'](draft(), tab(i))),
    );
    expect(await reminderEntries()).toHaveLength(1);
  });

  it('holds across a service worker restart: what it needs is in session storage', async () => {
    await turnOn();
    await pauseHandlers['pause.wait'](draft(), tab(1));
    vi.resetModules(); // a fresh worker: module state gone, storage and alarms kept
    const fresh = await import('@/entrypoints/background/pause');
    const { entryId } = await fresh.pauseHandlers['pause.wait'](draft(), tab(1));
    expect(await reminderEntries()).toEqual([entryId]);
  });

  it('keeps one reminder in each of two conversations', async () => {
    await turnOn();
    const alex = await pauseHandlers['pause.wait'](draft('whatsapp:~alex'), tab(1));
    const jo = await pauseHandlers['pause.wait'](draft('whatsapp:~jo'), tab(1));
    expect(await reminderEntries()).toEqual([alex.entryId, jo.entryId].sort());
  });

  it('refuses a conversation of another site, or one too long, and keeps nothing', async () => {
    await turnOn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const long = `whatsapp:${'x'.repeat(MAX_CONVERSATION_LENGTH)}`;
    for (const conversation of ['slack:/client/T1/C1', 'whatsappx', long]) {
      await expect(pauseHandlers['pause.wait'](draft(conversation), tab(1))).rejects.toThrow(
        JournalError,
      );
    }
    expect(await sharedEntries()).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('a cap on reminders outstanding', () => {
  it(`sets at most ${MAX_REMINDERS}; beyond that the draft is kept without one, and says so`, async () => {
    await turnOn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const replies: { entryId: string; remindAt: number }[] = [];
    for (let i = 0; i < MAX_REMINDERS + 2; i++) {
      replies.push(await pauseHandlers['pause.wait'](draft(`whatsapp:~chat${i}`), tab(i)));
    }
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(MAX_REMINDERS);
    expect(replies.slice(MAX_REMINDERS).map((r) => r.remindAt)).toEqual([0, 0]);
    const entries = await sharedEntries();
    expect(entries).toHaveLength(MAX_REMINDERS + 2);
    const late = entries.find((e) => e.id === replies[MAX_REMINDERS]!.entryId);
    expect(late?.unsent?.remindAt).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('reminders are already set'));
    // A conversation that already has one still gets its newer reminder: it replaces, not adds.
    const again = await pauseHandlers['pause.wait'](draft('whatsapp:~chat0'), tab(99));
    expect(again.remindAt).toBeGreaterThan(0);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(MAX_REMINDERS);
  });
});

describe('a rate limit on saves per tab', () => {
  it(`keeps ${SAVES_PER_MINUTE} saves a minute from one tab, refuses the next with a reason, and lets another tab through`, async () => {
    await turnOn();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      for (let i = 0; i < SAVES_PER_MINUTE; i++) {
        const save = i % 2 ? pauseHandlers['pause.save'] : pauseHandlers['pause.wait'];
        await save(draft(), tab(7));
      }
      const refused = pauseHandlers['pause.save'](draft(), tab(7));
      await expect(refused).rejects.toMatchObject({ reason: 'too-many' });
      await expect(pauseHandlers['pause.wait'](draft(), tab(7))).rejects.toThrow();
      expect(await sharedEntries()).toHaveLength(SAVES_PER_MINUTE);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('too many saves'));
      expect(JSON.stringify(warn.mock.calls)).not.toContain('mad');

      await pauseHandlers['pause.save'](draft(), tab(8));
      vi.setSystemTime(Date.now() + 61_000);
      await pauseHandlers['pause.save'](draft(), tab(7));
      expect(await sharedEntries()).toHaveLength(SAVES_PER_MINUTE + 2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('size limits on what a content script sends', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['a draft over the journal’s limit', { text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }],
    ['a draft that is not text', { text: { toString: () => 'hi' } }],
    ['too many matched words', { matched: Array.from({ length: MAX_MATCHED_SENT + 1 }, String) }],
    ['a matched word too long', { matched: ['x'.repeat(81)] }],
    ['a matched word that is not text', { matched: [{ length: 1 }] }],
    ['matched that is not a list', { matched: 'are you mad' }],
  ];
  for (const [name, change] of cases) {
    it(`refuses ${name}, logs why without the words, and keeps nothing`, async () => {
      await turnOn();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const data = { ...draft(), ...change } as ReturnType<typeof draft>;
      await expect(pauseHandlers['pause.save'](data, tab(1))).rejects.toThrow(JournalError);
      await expect(pauseHandlers['pause.wait'](data, tab(1))).rejects.toThrow(JournalError);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Steady pause: refused a draft/));
      expect(JSON.stringify(warn.mock.calls)).not.toMatch(/mad|aaaa/);
      expect(await sharedEntries()).toEqual([]);
      expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    });
  }

  it('accepts the largest draft Steady itself would send', async () => {
    await turnOn();
    const matched = Array.from({ length: MAX_MATCHED_SENT }, (_, i) => `${i}`.padEnd(80, 'x'));
    const text = 'a'.repeat(MAX_TEXT_LENGTH);
    await pauseHandlers['pause.wait']({ ...draft(), text, matched }, tab(1));
    expect((await sharedEntries())[0]?.unsent?.matched).toEqual(matched);
  });
});

describe('a reminder whose entry is gone or answered', () => {
  it('shows no notification and clears the alarm', async () => {
    background.main();
    await turnOn();
    const gone = await pauseHandlers['pause.wait'](draft('whatsapp:~a'), tab(1));
    const answered = await pauseHandlers['pause.wait'](draft('whatsapp:~b'), tab(1));
    const db = await getJournal();
    await deleteRecord(db, gone.entryId);
    const entry = (await getRecord(db, answered.entryId)) as Entry;
    await putRecords(db, [
      {
        ...entry,
        unsent: { ...entry.unsent!, revisit: { answer: 'passed', at: Date.now() } },
      },
    ]);
    for (const { entryId } of [gone, answered]) {
      const alarm = (await fakeBrowser.alarms.get(REMIND_PREFIX + entryId))!;
      await fakeBrowser.alarms.onAlarm.trigger(alarm);
    }
    expect(extras().notifications.shown.size).toBe(0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
