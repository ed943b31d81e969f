import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/client';
import { originsOf } from './registration';
import type { Site } from './sites';

/**
 * Turns the pause on for a site: asks the browser for that site alone. Call it straight from the
 * click handler, before any await: permissions.request needs the user's gesture, which an await
 * would lose. Resolves false when the user (or the browser) said no.
 */
export function turnSiteOn(site: Site): Promise<boolean> {
  const asked = browser.permissions.request({ origins: originsOf(site) });
  return asked.then(async (granted) => {
    // The background registers the content script for every site whose permission is held.
    if (granted) await sendMessage('pause.syncSites', {});
    return granted;
  });
}

/** Turns the pause off: gives the permission back, and the script is unregistered. */
export async function turnSiteOff(site: Site): Promise<void> {
  await browser.permissions.remove({ origins: originsOf(site) });
  await sendMessage('pause.syncSites', {});
}
