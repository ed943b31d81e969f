import { useEffect, useRef } from 'preact/hooks';
import { CrisisLinks } from '@/components/CrisisLinks';
import { Reminder } from '@/components/Reminder';
import { useLazyComponent } from '@/components/hooks/useLazyComponent';
import { useSettings } from '@/components/hooks/useSettings';
import { useTheme } from '@/components/hooks/useTheme';
import { t } from '@/lib/i18n';
import { toJournalError } from '@/lib/journal/errors';
import { JournalTabs } from './JournalTabs';
import { OpeningJournal } from './OpeningJournal';
import { useJournalQuery } from './useJournalQuery';
import { UnlockPanel } from './lock/UnlockPanel';
import { useLock } from './lock/useLock';

// The summary for a session loads when opened: the journal's first view does not carry it.
const loadSummary = () => import('./summary/SummaryView').then((m) => m.SummaryView);

/**
 * The journal page: entries, patterns and the user's data, each a tab, and the summary for a
 * session in their place when asked for; the view is in the URL.
 */
export function JournalApp() {
  const [settings, , loaded] = useSettings();
  useTheme(loaded ? settings.theme : undefined);
  const [query, setQuery] = useJournalQuery();
  const lock = useLock();
  const status = lock.status;
  const inSummary = query.view === 'summary';
  const Summary = useLazyComponent(loadSummary, inSummary);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasInSummary = useRef(inSummary);
  useEffect(() => {
    // Back from the summary: the keyboard returns to the button that opened it.
    if (wasInSummary.current && !inSummary) openButton.current?.focus();
    wasInSummary.current = inSummary;
  }, [inSummary]);

  function openSummary() {
    // A history entry of its own, so the browser's Back returns to the journal as it was.
    history.pushState(null, '', location.href);
    setQuery({ view: 'summary' });
  }
  const closeSummary = () =>
    setQuery({ view: 'entries', period: undefined, start: undefined, end: undefined });
  const open = status !== undefined && status.state !== 'locked';

  return (
    <div class={inSummary ? 'page journal-page in-summary' : 'page journal-page'}>
      <header class="page-head">
        <h1>{t('journalTitle')}</h1>
        <Reminder />
        <p class="hint">{t('journalIntro')}</p>
        {open && !inSummary && (
          <p>
            <button type="button" ref={openButton} onClick={openSummary}>
              {t('summaryOpen')}
            </button>
          </p>
        )}
      </header>
      <main class="stack">
        {/* Nothing of the journal shows until the lock is known: never a flash of words. */}
        {status === undefined && lock.failure === undefined && <OpeningJournal />}
        {status === undefined && lock.failure !== undefined && (
          <p class="status status-error" role="alert">
            {toJournalError(lock.failure).reason === 'blocked'
              ? t('error_blocked')
              : t('journalLoadError')}
          </p>
        )}
        {status?.state === 'locked' && <UnlockPanel onUnlocked={lock.refresh} />}
        {open && !inSummary && (
          <JournalTabs
            query={query}
            setQuery={setQuery}
            lock={status}
            onLockChange={lock.refresh}
          />
        )}
        {open && inSummary && Summary && (
          <Summary query={query} setQuery={setQuery} onBack={closeSummary} />
        )}
        {open && inSummary && !Summary && <p class="hint">{t('loading')}</p>}
      </main>
      <footer class="page-foot">
        <CrisisLinks />
      </footer>
    </div>
  );
}
