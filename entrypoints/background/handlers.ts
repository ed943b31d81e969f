import { browser } from 'wxt/browser';
import { JournalError } from '@/lib/journal/errors';
import { latestEntries, saveEntry, waitingUnsent } from '@/lib/journal/door';
import type { Handlers, Sender } from '@/lib/messaging/server';
import { pauseHandlers } from './pause';
import { rideHandlers } from './rides';

/**
 * Steady's own pages only. A content script runs inside a web page and has its own, narrower
 * messages (pause.*), each checked against the sites the user turned on.
 */
function fromSteadyPage(sender: Sender, type: string): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) {
    throw new JournalError('invalid', `${type} is for Steady pages only`);
  }
}

/** What the background does for each message of the protocol map. */
export const handlers: Handlers = {
  async 'journal.addEntry'(input, sender) {
    fromSteadyPage(sender, 'journal.addEntry');
    return saveEntry(input);
  },
  async 'journal.waiting'(_input, sender) {
    fromSteadyPage(sender, 'journal.waiting');
    return { entryId: (await waitingUnsent()) ?? null };
  },
  async 'journal.latest'(input, sender) {
    fromSteadyPage(sender, 'journal.latest');
    const limit = Math.min(20, Math.max(1, Math.floor(Number(input?.limit) || 1)));
    return latestEntries(limit);
  },
  ...pauseHandlers,
  ...rideHandlers,
};
