import { browser } from 'wxt/browser';
import { reminderState, unsentMessages } from '@/lib/journal/door';
import { t } from '@/lib/i18n';
import { entryOfReminder, rearmReminder, wantsReminder } from '@/lib/pause/reminders';

/**
 * Chromium may drop alarms when the browser restarts or the extension updates: put back the
 * reminder of every waiting draft that is still due later, newest first, up to the cap. (One
 * already past due is not rung late; the new tab says gently that a paused message is waiting.)
 */
export async function restoreReminders(now = Date.now()): Promise<void> {
  const waiting = (await unsentMessages())
    .filter((entry) => wantsReminder(entry, now))
    .sort((a, b) => b.remindAt! - a.remindAt!);
  for (const entry of waiting) await rearmReminder(entry, now);
}

/**
 * A reminder rings only for an entry that is still there and still unanswered: deleting or
 * revisiting it clears the alarm (lib/journal/door.ts), and this is the check for any way
 * that was missed (another device's import, a page closed mid-delete).
 */
export async function ringReminder(name: string): Promise<void> {
  const entryId = entryOfReminder(name);
  if (!entryId) return;
  // Read from what stays readable while locked: the background never holds the passcode.
  const state = await reminderState(entryId);
  if (!state || state.answered) {
    await browser.alarms.clear(name);
    return;
  }
  // Without the (optional) permission there is no notification to show; the journal keeps it.
  if (!browser.notifications) return;
  // The reminder never shows the draft: a notification can be read over a shoulder.
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('pauseReminderTitle'),
    message: t('pauseReminderText'),
  });
}

export function openReminder(id: string): void {
  const entryId = entryOfReminder(id);
  if (!entryId) return;
  void browser.tabs.create({
    url: browser.runtime.getURL(`/journal.html?entry=${encodeURIComponent(entryId)}`),
  });
  void browser.notifications.clear(id);
}
