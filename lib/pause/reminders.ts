import { browser } from 'wxt/browser';
import type { Entry } from '../journal/entry/types';

/**
 * The "Wait 10 minutes" reminders: one alarm per waiting entry, named after it. Shared by the
 * background (which sets them) and the journal page (which clears them when an entry is
 * deleted or revisited). The page does that itself, with its own alarms API: alarms belong to
 * the extension, not to a context, so this needs no message, no sender check and no wait for
 * a sleeping service worker. The background checks again before any notification shows.
 */
export const REMIND_PREFIX = 'steady-pause-remind:';
/** Reminders outstanding at once, across every conversation and site. */
export const MAX_REMINDERS = 5;

export function reminderName(entryId: string): string {
  return REMIND_PREFIX + entryId;
}

/** The entry a reminder alarm (or its notification) is for, or undefined for any other name. */
export function entryOfReminder(name: string): string | undefined {
  return name.startsWith(REMIND_PREFIX) ? name.slice(REMIND_PREFIX.length) : undefined;
}

/** Entry ids with a reminder set right now. The alarms are the truth, not a copy of them. */
export async function outstandingReminders(): Promise<string[]> {
  const alarms = await browser.alarms.getAll();
  return alarms.map((a) => entryOfReminder(a.name)).filter((id): id is string => !!id);
}

/** Clears an entry's reminder and, if it is on screen, its notification. */
export async function clearReminder(entryId: string): Promise<void> {
  await Promise.all([
    browser.alarms.clear(reminderName(entryId)),
    // Optional: a context without notifications (a test, an odd browser) still clears the alarm.
    browser.notifications?.clear(reminderName(entryId)),
  ]);
}

export async function clearAllReminders(): Promise<void> {
  await Promise.all((await outstandingReminders()).map(clearReminder));
}

/**
 * What a reminder needs of an unsent message: its id, when it is due and whether it was
 * answered. The journal keeps these readable while locked, so no reminder needs the passcode.
 */
export interface ReminderDue {
  id: string;
  remindAt?: number;
  answered: boolean;
}

export const dueOf = (entry: Entry): ReminderDue => ({
  id: entry.id,
  remindAt: entry.unsent?.remindAt,
  answered: !!entry.unsent?.revisit,
});

/** Whether a message still wants its reminder: not revisited, and not yet due. */
export function wantsReminder(due: ReminderDue | undefined, now: number): due is ReminderDue {
  return !!due?.remindAt && due.remindAt > now && !due.answered;
}

/**
 * Sets a message's reminder again from its remindAt (a browser restart dropped it, or Undo
 * put the entry back), within the cap. Returns whether it is set.
 */
export async function rearmReminder(due: ReminderDue, now = Date.now()): Promise<boolean> {
  if (!wantsReminder(due, now)) return false;
  const set = await outstandingReminders();
  if (set.includes(due.id)) return true;
  if (set.length >= MAX_REMINDERS) return false;
  await browser.alarms.create(reminderName(due.id), { when: due.remindAt! });
  return true;
}
