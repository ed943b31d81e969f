import { useEffect, useState } from 'preact/hooks';
import { onJournalChanged, latestEntries } from '@/lib/journal/journal';
import type { Entry } from '@/lib/journal/entry/types';

/** The newest few entries, kept current when any Steady page changes the journal. */
export function useRecentEntries(limit: number): { entries: Entry[] | undefined; failed: boolean } {
  const [entries, setEntries] = useState<Entry[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const load = () =>
      latestEntries(limit).then(
        (list) => live && (setEntries(list), setFailed(false)),
        () => live && setFailed(true),
      );
    void load();
    const stop = onJournalChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [limit]);
  return { entries, failed };
}
