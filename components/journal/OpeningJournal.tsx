import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** A wait shorter than this shows nothing: most journals open well within it. */
const EXPLAIN_AFTER_MS = 1000;

/**
 * The journal page before the journal has opened (before the lock's state is known): nothing
 * at first, so an ordinary open flashes no words. Opening the journal can take seconds once, the
 * first time after an update that rearranges how it is stored (about 8 s for 100,000 entries,
 * docs/benchmarks.md); whichever of Steady's pages or its background opens it first does the
 * work, and every other waits without knowing why. So after a second the wait is explained
 * rather than measured, and said once to a screen reader.
 */
export function OpeningJournal() {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), EXPLAIN_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p class="hint" role="status">
      {late ? t('journalOpeningSlow') : ''}
    </p>
  );
}
