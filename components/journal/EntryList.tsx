import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { isFiltered, type JournalFilter } from '@/lib/journal/search/query';
import type { Entry } from '@/lib/journal/entry/types';
import { EntryCard } from './EntryCard';
import { useFilteredEntries } from './useFilteredEntries';

interface Props {
  filter: JournalFilter;
  onDelete(entry: Entry): void;
}

/** The entries the filter lets through, newest first, fifty at a time. */
export function EntryList({ filter, onDelete }: Props) {
  const { state, loadMore } = useFilteredEntries(filter);
  if (state.name === 'loading') return <p class="hint">{t('loading')}</p>;
  if (state.name === 'failed') return <p class="status status-error">{t('journalLoadError')}</p>;
  if (state.entries.length === 0) {
    return (
      <p class="hint empty" role="status">
        {isFiltered(filter) ? t('searchNothing') : t('journalEmpty')}
      </p>
    );
  }
  const shown = state.entries.length;
  return (
    <div class="stack">
      {isFiltered(filter) && (
        <p class="hint" role="status">
          {plural(state.next ? 'searchFoundMore' : 'searchFound', shown)}
        </p>
      )}
      <ul class="entry-list" aria-label={t('entriesLabel')}>
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
    </div>
  );
}
