import { getJournal } from '@/lib/journal/db';
import { notifyJournalChanged } from '@/lib/journal/changes';
import { addEntry } from '@/lib/journal/repo';
import type { Handlers } from '@/lib/messaging/server';
import { pauseHandlers } from './pause';

/** What the background does for each message of the protocol map. */
export const handlers: Handlers = {
  async 'journal.addEntry'(input) {
    const entry = await addEntry(await getJournal(), input);
    notifyJournalChanged();
    return entry;
  },
  ...pauseHandlers,
};
