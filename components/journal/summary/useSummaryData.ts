import { useEffect, useState } from 'preact/hooks';
import { onJournalChanged, readBetween, type JournalContents } from '@/lib/journal/door';
import type { DayRange } from '@/lib/journal/summary';

export type SummaryData = JournalContents | 'loading' | 'failed';

/**
 * What the door returns for the range, read again when the range changes or the journal does
 * (an entry written in another tab belongs in the summary). Held in memory only.
 */
export function useSummaryData(range: DayRange | undefined): SummaryData {
  const [data, setData] = useState<SummaryData>('loading');
  const [version, setVersion] = useState(0);
  useEffect(() => onJournalChanged(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    if (!range) return;
    let live = true;
    void readBetween(range.start, range.end).then(
      (read) => live && setData(read),
      () => live && setData('failed'),
    );
    return () => {
      live = false;
    };
  }, [range?.start, range?.end, version]);
  return data;
}
