import { Tabs } from '@/components/Tabs';
import { t } from '@/lib/i18n';
import type { LockStatus } from '@/lib/journal/door';
import type { JournalQuery } from '@/lib/journal/search/query';
import { DataView } from './DataView';
import { EntriesView } from './EntriesView';
import { InsightsView } from './InsightsView';

type TabView = Exclude<JournalQuery['view'], 'summary'>;

interface Props {
  query: JournalQuery;
  setQuery(change: Partial<JournalQuery>): void;
  lock: LockStatus;
  onLockChange(): void;
}

/** Entries, Patterns and Your data: one tab each, the selected one named in the address. */
export function JournalTabs({ query, setQuery, lock, onLockChange }: Props) {
  const view: TabView = query.view === 'summary' ? 'entries' : query.view;
  return (
    <Tabs<TabView>
      label={t('journalViews')}
      tabs={[
        { id: 'entries', label: t('viewEntries') },
        { id: 'insights', label: t('viewInsights') },
        { id: 'data', label: t('viewData') },
      ]}
      selected={view}
      onSelect={(next) => setQuery({ view: next })}
      panels={{
        entries: <EntriesView query={query} setQuery={setQuery} />,
        // Patterns read the whole journal: only while their tab is open.
        insights: view === 'insights' && <InsightsView />,
        data: <DataView lock={lock} onLockChange={onLockChange} />,
      }}
    />
  );
}
