import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { onJournalChanged } from '@/lib/journal/changes';
import { getJournal } from '@/lib/journal/db';
import { countEntries, pageEntries, type PageCursor } from '@/lib/journal/repo';
import type { Entry } from '@/lib/journal/schema';
import { EntrySummary } from './EntrySummary';

const PAGE_SIZE = 50;

type State =
  | { name: 'loading' }
  | { name: 'failed' }
  | { name: 'ready'; entries: Entry[]; count: number; next?: PageCursor };

/** Every entry, newest first, fifty at a time (read by key range, so it stays quick when large). */
export function JournalList() {
  const [state, setState] = useState<State>({ name: 'loading' });

  const loadFirst = useCallback(async () => {
    try {
      const db = await getJournal();
      const [page, count] = await Promise.all([
        pageEntries(db, { limit: PAGE_SIZE }),
        countEntries(db),
      ]);
      setState({ name: 'ready', entries: page.entries, count, next: page.next });
    } catch {
      setState({ name: 'failed' });
    }
  }, []);

  useEffect(() => {
    void loadFirst();
    return onJournalChanged(() => void loadFirst());
  }, [loadFirst]);

  async function loadMore() {
    if (state.name !== 'ready' || !state.next) return;
    const page = await pageEntries(await getJournal(), { limit: PAGE_SIZE, after: state.next });
    setState({ ...state, entries: [...state.entries, ...page.entries], next: page.next });
  }

  if (state.name === 'loading') return <p class="hint">{t('loading')}</p>;
  if (state.name === 'failed') return <p class="status status-error">{t('journalLoadError')}</p>;
  if (state.count === 0) return <p class="hint">{t('journalEmpty')}</p>;
  return (
    <div class="stack">
      <p class="hint">{t('journalCount', state.count.toLocaleString())}</p>
      <ul class="entry-list">
        {state.entries.map((entry) => (
          <li key={entry.id}>
            <EntrySummary entry={entry} />
          </li>
        ))}
      </ul>
      {state.next && (
        <button type="button" onClick={() => void loadMore()}>
          {t('loadMore')}
        </button>
      )}
    </div>
  );
}
