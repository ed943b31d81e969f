import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { isFiltered, type JournalFilter } from '@/lib/journal/search/query';
import type { Entry } from '@/lib/journal/entry/types';
import { EntryCard } from './EntryCard';
import { ReadingProgress } from './ReadingProgress';
import { useFilteredEntries, type ListState } from './useFilteredEntries';

interface Props {
  filter: JournalFilter;
  onDelete(entry: Entry): void;
}

/** The entries the filter lets through, newest first, fifty at a time. */
export function EntryList({ filter, onDelete }: Props) {
  const { state, searching, stale, loadMore } = useFilteredEntries(filter);
  return (
    <div class="stack">
      {/* In one place whatever the list shows, so its one-second wait is not started again. */}
      <ReadingProgress waiting={searching && isFiltered(filter)} />
      <Listed state={state} stale={stale} filter={filter} onDelete={onDelete} loadMore={loadMore} />
    </div>
  );
}

function Listed({
  state,
  stale,
  filter,
  onDelete,
  loadMore,
}: Props & { state: ListState; stale: boolean; loadMore(): Promise<void> }) {
  if (state.name === 'loading') return <p class="hint">{t('loading')}</p>;
  if (state.name === 'failed') return <p class="status status-error">{t('journalLoadError')}</p>;
  if (state.entries.length === 0 && stale) return <p class="hint">{t('loading')}</p>;
  if (state.entries.length === 0) {
    return (
      <p class="hint empty" role="status">
        {isFiltered(filter) ? t('searchNothing') : t('journalEmpty')}
      </p>
    );
  }
  const shown = state.entries.length;
  return (
    <>
      {/* While a search is being answered the list is the one before it: no count for it. */}
      {isFiltered(filter) && !stale && (
        <p class="hint" role="status">
          {plural(state.next ? 'searchFoundMore' : 'searchFound', shown)}
        </p>
      )}
      <ul class="entry-list" aria-label={t('entriesLabel')} aria-busy={stale}>
        {state.entries.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} onDelete={onDelete} />
          </li>
        ))}
      </ul>
      {state.next && (
        <button type="button" onClick={() => void loadMore()}>
          {t('loadMore')}
        </button>
      )}
    </>
  );
}
