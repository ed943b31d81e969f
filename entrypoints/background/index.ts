import { browser } from 'wxt/browser';
import { createMessageListener, withSendResponse } from '@/lib/messaging/server';
import { handlers } from './handlers';
import { setupPause } from './pause';

export default defineBackground(() => {
  // Listeners are added synchronously at start: an MV3 service worker woken by a message
  // only delivers it to listeners that exist by the end of the first turn.
  browser.runtime.onMessage.addListener(
    withSendResponse(createMessageListener(handlers, browser.runtime.id)),
  );
  setupPause();
});
