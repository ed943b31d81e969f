import { browser } from 'wxt/browser';

/**
 * The popup's ride under way, remembered for this browser session only (storage.session): a
 * popup closes whenever focus leaves it, and the person should come back to their ride, not
 * to a fresh start. Only the ride's id: the ride itself is in the journal.
 */
const KEY = 'ride:open';

export async function keepOpenRide(id: string): Promise<void> {
  await browser.storage.session.set({ [KEY]: id });
}

export async function forgetOpenRide(): Promise<void> {
  await browser.storage.session.remove(KEY);
}

export async function openRideId(): Promise<string | undefined> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return typeof stored === 'string' ? stored : undefined;
}
