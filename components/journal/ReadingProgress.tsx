import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { uiLanguage } from '@/lib/locale';
import { onReadingProgress } from '@/lib/journal/door';

/** A wait shorter than this shows nothing: a flash of a progress bar is worse than none. */
const SHOW_AFTER_MS = 1000;

/**
 * While a search or Patterns waits for the page's mirror to be filled (seconds, in a journal
 * of 100,000 entries), how far it has got. The sentence is said once to a screen reader (a
 * status); the count and the bar change as batches arrive, and are read only when asked.
 */
export function ReadingProgress({ waiting }: { waiting: boolean }) {
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [late, setLate] = useState(false);
  useEffect(() => {
    setLate(false);
    if (!waiting) return;
    const timer = setTimeout(() => setLate(true), SHOW_AFTER_MS);
    const stop = onReadingProgress(setProgress);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [waiting]);
  if (!waiting || !late || !progress || progress.done >= progress.total) return null;
  const number = (n: number) => n.toLocaleString(uiLanguage());
  return (
    <div class="reading-progress">
      <p class="hint" role="status" id="reading-progress-label">
        {t('mirrorReading')}
      </p>
      <progress
        value={progress.done}
        max={progress.total}
        aria-labelledby="reading-progress-label"
      />
      <p class="hint">{t('mirrorReadingCount', [number(progress.done), number(progress.total)])}</p>
    </div>
  );
}
