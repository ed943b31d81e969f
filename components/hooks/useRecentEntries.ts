import { useEffect, useState } from 'preact/hooks';
import { onJournalChanged } from '@/lib/journal/changes';
import { sendMessage } from '@/lib/messaging/client';
import type { Entry } from '@/lib/journal/entry/types';
import { JournalError } from '@/lib/journal/errors';

/**
 * The newest few entries, kept current when any Steady page changes the journal. Read through
 * the background, so the popup opens without loading the database (components/journalDoor.ts).
 */
export function useRecentEntries(limit: number): {
  entries: Entry[] | undefined;
  failed: boolean;
  /** The privacy lock is on: the journal's words are not shown outside the journal. */
  locked: boolean;
} {
  const [entries, setEntries] = useState<Entry[]>();
  const [failed, setFailed] = useState(false);
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    let live = true;
    const load = () =>
      sendMessage('journal.latest', { limit }).then(
        (list) => live && (setEntries(list), setFailed(false), setLocked(false)),
        (error: unknown) => {
          if (!live) return;
          const isLocked = error instanceof JournalError && error.reason === 'locked';
          setLocked(isLocked);
          setFailed(!isLocked);
          if (isLocked) setEntries(undefined);
        },
      );
    void load();
    const stop = onJournalChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [limit]);
  return { entries, failed, locked };
}
