import { CrisisLinks } from '@/components/CrisisLinks';
import { Reminder } from '@/components/Reminder';
import { Tabs } from '@/components/Tabs';
import { useSettings } from '@/components/hooks/useSettings';
import { useTheme } from '@/components/hooks/useTheme';
import { t } from '@/lib/i18n';
import { DataView } from './DataView';
import { EntriesView } from './EntriesView';
import { InsightsView } from './InsightsView';
import { useJournalQuery } from './useJournalQuery';

/** The journal page: entries, patterns and the user's data, each a tab; the view is in the URL. */
export function JournalApp() {
  const [settings, , loaded] = useSettings();
  useTheme(loaded ? settings.theme : undefined);
  const [query, setQuery] = useJournalQuery();
  return (
    <div class="page journal-page">
      <header class="page-head">
        <h1>{t('journalTitle')}</h1>
        <Reminder />
        <p class="hint">{t('journalIntro')}</p>
      </header>
      <main class="stack">
        <Tabs
          label={t('journalViews')}
          tabs={[
            { id: 'entries', label: t('viewEntries') },
            { id: 'insights', label: t('viewInsights') },
            { id: 'data', label: t('viewData') },
          ]}
          selected={query.view}
          onSelect={(view) => setQuery({ view })}
          panels={{
            entries: <EntriesView query={query} setQuery={setQuery} />,
            // Patterns read the whole journal: only while their tab is open.
            insights: query.view === 'insights' && <InsightsView />,
            data: <DataView />,
          }}
        />
      </main>
      <footer class="page-foot">
        <CrisisLinks />
      </footer>
    </div>
  );
}
