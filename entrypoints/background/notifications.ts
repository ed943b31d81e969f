import { browser } from 'wxt/browser';

type OnClicked = (notificationId: string) => unknown;

let listening = false;

/**
 * notifications is an optional permission, and its API does not exist until it is granted:
 * the click listener is added at start when it is held, or the moment it is granted.
 */
export function onNotificationClick(...handlers: OnClicked[]): void {
  const listen = () => {
    if (listening || !browser.notifications?.onClicked) return;
    listening = true;
    browser.notifications.onClicked.addListener((id) => {
      for (const handle of handlers) handle(id);
    });
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
