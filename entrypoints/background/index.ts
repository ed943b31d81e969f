import { browser } from 'wxt/browser';
import { createMessageListener, withSendResponse } from '@/lib/messaging/server';
import { setupCheckin, openCheckin } from './checkin';
import { setupContextMenu } from './contextMenu';
import { handlers } from './handlers';
import { onNotificationClick } from './notifications';
import { openReminder, setupPause } from './pause';
import { setupPendingChanges } from './pendingChanges';
import { setupPrivacy } from './privacy';
import { setupWelcome } from './welcome';

export default defineBackground(() => {
  // Listeners are added synchronously at start: an MV3 service worker woken by a message
  // only delivers it to listeners that exist by the end of the first turn.
  browser.runtime.onMessage.addListener(
    withSendResponse(createMessageListener(handlers, browser.runtime.id)),
  );
  setupPrivacy();
  setupPause();
  setupPendingChanges();
  setupCheckin();
  setupContextMenu();
  setupWelcome();
  onNotificationClick(openReminder, openCheckin);
});
