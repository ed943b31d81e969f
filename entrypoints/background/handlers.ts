import { browser } from 'wxt/browser';
import { JournalError } from '@/lib/journal/errors';
import { saveEntry } from '@/lib/journal/journal';
import type { Handlers } from '@/lib/messaging/server';
import { pauseHandlers } from './pause';

/** What the background does for each message of the protocol map. */
export const handlers: Handlers = {
  async 'journal.addEntry'(input, sender) {
    // Steady's own pages only. A content script runs inside a web page and has its own,
    // narrower messages (pause.*), each checked against the sites the user turned on.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) {
      throw new JournalError('invalid', 'journal.addEntry is for Steady pages only');
    }
    return saveEntry(input);
  },
  ...pauseHandlers,
};
