import { browser } from 'wxt/browser';

/** Set once the welcome page has been opened, so it is never opened twice. */
export const WELCOME_KEY = 'welcome:opened';

/**
 * The welcome page opens on a first install only: never on an update, and not again when a
 * browser reinstalls an unpacked build at each start (it reports that as an install too).
 */
export async function welcomeOnInstall(reason: string): Promise<boolean> {
  if (reason !== 'install') return false;
  if ((await browser.storage.local.get(WELCOME_KEY))[WELCOME_KEY]) return false;
  await browser.storage.local.set({ [WELCOME_KEY]: Date.now() });
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  return true;
}

export function setupWelcome(): void {
  browser.runtime.onInstalled.addListener(
    ({ reason }) => void welcomeOnInstall(reason).catch(() => undefined),
  );
}
