import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/client';
import { originsOf } from './registration';
import type { Site } from './sites';
import { NOTIFICATIONS } from '../reminders/permission';

/**
 * Turns the pause on for a site: asks the browser for that site, and for notifications (the
 * "Wait 10 minutes" reminder needs them; the browser asks only for what is not held yet). Call
 * it straight from the click handler, before any await: permissions.request needs the user's
 * gesture, which an await would lose. Resolves false when the user (or the browser) said no.
 */
export function turnSiteOn(site: Site): Promise<boolean> {
  const asked = browser.permissions.request({
    origins: originsOf(site),
    permissions: NOTIFICATIONS.permissions,
  });
  return asked.then(async (granted) => {
    // Waiting for the background's registration means the site works the moment the user goes
    // back to it. If the message fails, permissions.onAdded has the background register anyway.
    if (granted) await sendMessage('pause.syncSites', {}).catch(() => undefined);
    return granted;
  });
}

/** Turns the pause off: gives the permission back, and the script is unregistered. */
export async function turnSiteOff(site: Site): Promise<void> {
  await browser.permissions.remove({ origins: originsOf(site) });
  await sendMessage('pause.syncSites', {});
}
