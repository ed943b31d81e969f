import type { Entry, Need, PauseEvent, PauseOutcome } from '../entry/types';
import { newEntry } from '../entry/write';
import type { Sealer } from '../lock/codec';
import { isSealed } from '../lock/records';
import type { JournalConnection } from './open';
import { addStored, changeStored } from './packs';

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
  seal: Sealer,
  now = Date.now(),
): Promise<{ entry: Entry; pause: PauseEvent }> {
  const entry = newEntry(
    {
      kind: 'unsent',
      text: draft.text,
      need: draft.need,
      unsent: { site: draft.site, matched: draft.matched, remindAt: draft.remindAt },
    },
    now,
  );
  const pause: PauseEvent = {
    id: crypto.randomUUID(),
    at: now,
    site: draft.site,
    outcome,
    entryId: entry.id,
  };
  const [storedEntry, storedPause] = await Promise.all([seal.entry(entry), seal.pause(pause)]);
  const tx = db.transaction(['packs', 'pauses'], 'readwrite');
  await Promise.all([
    addStored(tx.objectStore('packs'), storedEntry),
    tx.objectStore('pauses').add(storedPause),
    tx.done,
  ]);
  return { entry, pause };
}

/** Records a pause that ended in "Send anyway": no entry, and none of the message's text. */
export async function recordSent(
  db: JournalConnection,
  site: string,
  seal: Sealer,
  now = Date.now(),
): Promise<PauseEvent> {
  const pause: PauseEvent = { id: crypto.randomUUID(), at: now, site, outcome: 'sent' };
  await db.add('pauses', await seal.pause(pause));
  return pause;
}

/**
 * Forgets when an unsent entry's reminder was due (a newer Wait took it over). Not an edit of
 * the person's words: updatedAt stays, so an import still merges by it.
 */
export async function forgetRemindAt(db: JournalConnection, entryId: string): Promise<void> {
  const tx = db.transaction('packs', 'readwrite');
  await changeStored(tx.store, [entryId], (_id, entry) => {
    if (entry && isSealed(entry)) {
      // Sealed: the time in the clear is the one that counts (codec.ts), and needs no key.
      if (entry.remindAt === undefined) return undefined;
      const { remindAt: _gone, ...rest } = entry;
      return rest;
    }
    if (entry?.unsent?.remindAt === undefined) return undefined;
    const { remindAt: _gone, ...unsent } = entry.unsent;
    return { ...entry, unsent };
  });
  await tx.done;
}
