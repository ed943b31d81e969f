import { browser } from 'wxt/browser';
import { JournalError } from '@/lib/journal/errors';
import { forgetReminderTime, savePausedDraft } from '@/lib/journal/door';
import type { Sender } from '@/lib/messaging/server';
import { draftProblem, ownConversation, takeSave, type SaveTimes } from '@/lib/pause/limits';
import type { PauseDraftMessage } from '@/lib/pause/messages';
import {
  MAX_REMINDERS,
  clearReminder,
  outstandingReminders,
  reminderName,
} from '@/lib/pause/reminders';
import type { Site } from '@/lib/pause/sites';
import { mayNotify } from '@/lib/reminders/permission';
import { loadPauseSettings } from '@/lib/pause/settingsStore';
import { morningReminderAt } from '@/lib/urges/lateNight';

/** "Wait 10 minutes" waits exactly that: the words on the button are the promise. */
export const WAIT_MINUTES = 10;
/** Session storage, so they outlive a sleeping service worker but not the browser. */
export const SAVES_KEY = 'pause:saves';
/** Conversation key → the entry whose reminder it holds (one per conversation). */
export const HOLDERS_KEY = 'pause:reminders';

async function readRecord<T extends object>(key: string): Promise<T> {
  const stored = (await browser.storage.session.get(key))[key];
  return (typeof stored === 'object' && stored !== null ? stored : {}) as T;
}

/**
 * One save at a time: the rate limit and "one reminder per conversation" are each a read, a
 * decision and a write, and two messages interleaved there would both pass.
 */
let queue: Promise<unknown> = Promise.resolve();
function inOrder<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function refuse(site: Site, why: string, reason: 'invalid' | 'too-long' | 'too-many'): never {
  // The reason and the site only: never the draft, which stays the person's own.
  console.warn(`Steady pause: refused a draft from ${site.id}: ${why}.`);
  throw new JournalError(reason, why);
}

/** Checks the message's size and conversation; returns the conversation key. */
function checked(site: Site, data: PauseDraftMessage): string {
  const problem = draftProblem(data ?? {});
  if (problem) refuse(site, problem.why, problem.reason);
  const key = ownConversation(site.id, data.conversation);
  if (!key) refuse(site, 'a conversation that is not this site’s, or too long', 'invalid');
  return key;
}

async function countSave(site: Site, sender: Sender): Promise<void> {
  const tab = String(sender.tab?.id ?? 'none');
  const { allowed, next } = takeSave(await readRecord<SaveTimes>(SAVES_KEY), tab, Date.now());
  await browser.storage.session.set({ [SAVES_KEY]: next });
  if (!allowed) refuse(site, 'too many saves from one tab in a minute', 'too-many');
}

function draftOf(site: Site, data: PauseDraftMessage, remindAt?: number) {
  return { site: site.id, text: data.text, matched: data.matched, need: data.need, remindAt };
}

export async function savePaused(site: Site, data: PauseDraftMessage, sender: Sender) {
  checked(site, data);
  return inOrder(async () => {
    await countSave(site, sender);
    const { entry, pause } = await savePausedDraft(draftOf(site, data), 'saved');
    return { entryId: entry.id, pauseId: pause.id };
  });
}

/**
 * When the reminder rings: in WAIT_MINUTES, or for "Wait until morning" at the end of the
 * person's late-night window by this clock (at most 16 hours ahead). Never a time from the page.
 */
async function reminderTime(until: unknown): Promise<number> {
  const now = Date.now();
  if (until !== 'morning') return now + WAIT_MINUTES * 60_000;
  return morningReminderAt((await loadPauseSettings()).lateNight, now);
}

export async function waitPaused(
  site: Site,
  data: PauseDraftMessage & { until?: unknown },
  sender: Sender,
) {
  const key = checked(site, data);
  if (data.until !== undefined && data.until !== 'morning') {
    refuse(site, 'a wait that is neither ten minutes nor until morning', 'invalid');
  }
  return inOrder(async () => {
    await countSave(site, sender);
    const holders = await readRecord<Record<string, string>>(HOLDERS_KEY);
    const previous = Object.hasOwn(holders, key) ? holders[key] : undefined;
    const others = (await outstandingReminders()).filter((id) => id !== previous);
    // Beyond the cap the draft is still kept, only without a reminder (the pause says so).
    const full = others.length >= MAX_REMINDERS;
    if (full) console.warn(`Steady pause: ${MAX_REMINDERS} reminders are already set; no new one.`);
    // Notifications are optional (asked when a site is turned on): without them the draft is
    // kept with no reminder, and the pause says so rather than promise one.
    const remindAt = full || !(await mayNotify()) ? undefined : await reminderTime(data.until);
    const { entry, pause } = await savePausedDraft(draftOf(site, data, remindAt), 'waited');
    const ids = { entryId: entry.id, pauseId: pause.id };
    if (!remindAt) return { ...ids, remindAt: 0 };
    if (previous) {
      // Best effort: the new draft is saved already, so this must not turn into a failure.
      await replaced(previous).catch((error: unknown) =>
        console.warn('Steady pause: could not clear the earlier reminder', error),
      );
    }
    // The draft is kept from here on: a failure to set the reminder must not read as a failure
    // to save (a retry would save it twice). It says so instead, with remindAt 0; the entry
    // keeps its time, so restoreReminders can still set it at the next start if it is not due.
    try {
      await browser.alarms.create(reminderName(entry.id), { when: remindAt });
    } catch {
      return { ...ids, remindAt: 0 };
    }
    await holdReminder(holders, key, entry.id, others);
    return { ...ids, remindAt };
  });
}

/** Records the conversation's new holder, and forgets holders whose reminder is gone. */
async function holdReminder(
  holders: Record<string, string>,
  key: string,
  entryId: string,
  others: string[],
): Promise<void> {
  const live = new Set(others);
  const next: Record<string, string> = { [key]: entryId };
  for (const [k, id] of Object.entries(holders)) if (k !== key && live.has(id)) next[k] = id;
  await browser.storage.session.set({ [HOLDERS_KEY]: next });
}

/**
 * A newer Wait in the same conversation takes over its reminder. The older draft stays in the
 * journal, but its remindAt goes too: restoreReminders rebuilds alarms from remindAt at every
 * browser start, and a time left there would ring every replaced reminder again.
 */
async function replaced(entryId: string): Promise<void> {
  await clearReminder(entryId);
  await forgetReminderTime(entryId);
}
