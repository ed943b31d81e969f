import { browser, type Browser } from 'wxt/browser';

/**
 * Notifications are an optional permission: only the daily check-in and the pause's "Wait 10
 * minutes" show one, so Steady asks on the click that turns one of them on, never at install.
 */
export const NOTIFICATIONS: Browser.permissions.Permissions & {
  permissions: Browser.runtime.ManifestPermission[];
} = { permissions: ['notifications'] };

/** Whether Steady may show a notification now. False where the browser can't say. */
export async function mayNotify(): Promise<boolean> {
  try {
    return await browser.permissions.contains(NOTIFICATIONS);
  } catch {
    return false;
  }
}

/**
 * Asks for notifications. Call it straight from the click handler, before any await: the
 * browser needs the person's gesture. Asking again for what is held resolves true at once.
 */
export function askToNotify(): Promise<boolean> {
  return browser.permissions.request(NOTIFICATIONS).catch(() => false);
}
