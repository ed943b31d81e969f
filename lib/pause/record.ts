import type { JournalConnection } from '../journal/db';
import { toJournalError } from '../journal/errors';
import type { Entry, Need, PauseEvent, PauseOutcome } from '../journal/schema';
import { validateContent } from '../journal/validate';

export interface PausedDraft {
  site: string;
  text: string;
  matched: string[];
  need?: Need;
  /** Set for "Wait 10 minutes": when the reminder is due. */
  remindAt?: number;
}

/**
 * Stores the draft as an unsent entry and the pause event that created it in one transaction:
 * the insights never count a "saved" pause whose entry is missing, or the reverse.
 */
export async function saveUnsent(
  db: JournalConnection,
  draft: PausedDraft,
  outcome: Exclude<PauseOutcome, 'sent'>,
  now = Date.now(),
): Promise<{ entry: Entry; pause: PauseEvent }> {
  const content = validateContent('unsent', {
    text: draft.text,
    need: draft.need,
    tags: [],
    unsent: { site: draft.site, matched: draft.matched, remindAt: draft.remindAt },
  });
  const entry: Entry = {
    id: crypto.randomUUID(),
    kind: 'unsent',
    createdAt: now,
    updatedAt: now,
    ...content,
  };
  const pause: PauseEvent = {
    id: crypto.randomUUID(),
    at: now,
    site: draft.site,
    outcome,
    entryId: entry.id,
  };
  try {
    const tx = db.transaction(['entries', 'pauses'], 'readwrite');
    await Promise.all([
      tx.objectStore('entries').add(entry),
      tx.objectStore('pauses').add(pause),
      tx.done,
    ]);
  } catch (error) {
    throw toJournalError(error);
  }
  return { entry, pause };
}

/** Records a pause that ended in "Send anyway": no entry, and none of the message's text. */
export async function recordSent(
  db: JournalConnection,
  site: string,
  now = Date.now(),
): Promise<PauseEvent> {
  const pause: PauseEvent = { id: crypto.randomUUID(), at: now, site, outcome: 'sent' };
  try {
    await db.add('pauses', pause);
  } catch (error) {
    throw toJournalError(error);
  }
  return pause;
}
