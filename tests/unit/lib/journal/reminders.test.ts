import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRevisit, deleteEverything, putBackEntry, removeEntry } from '@/lib/journal/door';
import type { Entry } from '@/lib/journal/entry/types';
import { getJournal } from '@/lib/journal/store/open';
import { saveUnsent } from '@/lib/journal/store/pauses';
import { MAX_REMINDERS, REMIND_PREFIX } from '@/lib/pause/reminders';
import { extras } from '../../support/fakeBrowserExtras';
import '../../support/sharedJournal';
import { getRecord } from '../../support/stored';

/** The journal page's own writes keep the "Wait" reminders true to the entries. */
async function waiting(remindAt = Date.now() + 10 * 60_000) {
  const draft = { site: 'whatsapp', text: 'are you mad at me??', matched: ['??'], remindAt };
  const { entry } = await saveUnsent(await getJournal(), draft, 'waited', PLAIN_CODEC.seal);
  await fakeBrowser.alarms.create(REMIND_PREFIX + entry.id, { when: remindAt });
  return entry;
}

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();

describe('an entry’s reminder follows the entry', () => {
  it('goes when the entry is deleted, and its notification with it; Undo brings both back', async () => {
    const entry = await waiting();
    const other = await waiting();
    await extras().notifications.create(REMIND_PREFIX + entry.id, {});
    await removeEntry(entry.id);
    // Cleared just after the delete (the page moves to Undo without waiting for it).
    await expect.poll(alarmNames).toEqual([REMIND_PREFIX + other.id]);
    expect(extras().notifications.shown.size).toBe(0);

    await putBackEntry(entry);
    expect(await alarmNames()).toEqual([REMIND_PREFIX + entry.id, REMIND_PREFIX + other.id].sort());
    expect((await fakeBrowser.alarms.get(REMIND_PREFIX + entry.id))?.scheduledTime).toBe(
      entry.unsent?.remindAt,
    );
  });

  it('goes when the message is revisited before it rings', async () => {
    const entry = await waiting();
    await answerRevisit(entry, 'passed');
    expect(await alarmNames()).toEqual([]);
    // Undo of a later delete does not bring back a reminder already answered.
    const answered = getRecord(await getJournal(), entry.id);
    await removeEntry(entry.id);
    await putBackEntry((await answered) as Entry);
    expect(await alarmNames()).toEqual([]);
  });

  it('is not set again by Undo once due, or beyond the cap', async () => {
    const due = await waiting(Date.now() + 50);
    await removeEntry(due.id);
    await new Promise((r) => setTimeout(r, 60));
    await putBackEntry(due);
    expect(await alarmNames()).toEqual([]);

    const entry = await waiting();
    await removeEntry(entry.id);
    for (let i = 0; i < MAX_REMINDERS; i++) await waiting();
    await putBackEntry(entry);
    expect(await alarmNames()).toHaveLength(MAX_REMINDERS);
    expect(await alarmNames()).not.toContain(REMIND_PREFIX + entry.id);
  });

  it('all go when everything is deleted', async () => {
    await waiting();
    await waiting();
    await fakeBrowser.alarms.create('some-other-alarm', { delayInMinutes: 5 });
    await deleteEverything();
    expect(await alarmNames()).toEqual(['some-other-alarm']);
  });
});
