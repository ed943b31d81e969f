import { browser } from 'wxt/browser';
import { getJournal } from '@/lib/journal/db';
import { JournalError } from '@/lib/journal/errors';
import { notifyJournalChanged } from '@/lib/journal/changes';
import { addEntry } from '@/lib/journal/repo';
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
    const entry = await addEntry(await getJournal(), input);
    notifyJournalChanged();
    return entry;
  },
  ...pauseHandlers,
};
