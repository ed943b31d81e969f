import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { Settings } from '../settings/schema';
import { loadSettings } from '../settings/store';
import { mayNotify } from './permission';
import { nextAt } from './time';

/**
 * The gentle daily check-in: one alarm, named once, set for the next time the person chose.
 * Not a periodic alarm: each ring sets the next from the local clock, so daylight saving and a
 * changed time are both simply right. Its notification never carries a word of the journal.
 */
export const CHECKIN_ALARM = 'steady-checkin';
/** The page the notification opens: the popup's Write tab, as a page of its own. */
export const CHECKIN_PAGE = '/popup.html?tab=write&from=checkin';

/** Sets (or clears) the alarm to match the settings. Safe to call as often as settings change. */
export async function armCheckin(
  checkin: Settings['checkin'],
  now = new Date(),
): Promise<number | undefined> {
  if (!checkin.on) {
    await browser.alarms.clear(CHECKIN_ALARM);
    return undefined;
  }
  const when = nextAt(checkin.time, now).getTime();
  const set = await browser.alarms.get(CHECKIN_ALARM);
  if (set?.scheduledTime !== when) await browser.alarms.create(CHECKIN_ALARM, { when });
  return when;
}

/**
 * The alarm rang: show the check-in if it is still wanted and allowed, then set tomorrow's.
 * Returns whether a notification was shown.
 */
export async function ringCheckin(now = new Date()): Promise<boolean> {
  const { checkin } = await loadSettings();
  if (!checkin.on) {
    await browser.alarms.clear(CHECKIN_ALARM);
    return false;
  }
  // Tomorrow's first: a failure below must not end the check-ins the person asked for.
  await browser.alarms.create(CHECKIN_ALARM, {
    when: nextAt(checkin.time, new Date(now.getTime() + 60_000)).getTime(),
  });
  if (!(await mayNotify()) || !browser.notifications) return false;
  await browser.notifications.create(CHECKIN_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('checkinTitle'),
    message: t('checkinText'),
  });
  return true;
}

/** A click on the check-in opens Write; any other notification is not this one's to handle. */
export function openCheckin(notificationId: string): boolean {
  if (notificationId !== CHECKIN_ALARM) return false;
  void browser.tabs.create({ url: browser.runtime.getURL(CHECKIN_PAGE) });
  void browser.notifications?.clear(notificationId);
  return true;
}
