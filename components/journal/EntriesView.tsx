import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { putBackEntry, removeEntry, journalErrorText } from '@/lib/journal/door';
import type { JournalFilter, JournalQuery } from '@/lib/journal/search/query';
import type { Entry } from '@/lib/journal/entry/types';
import { EntryList } from './EntryList';
import { FilterForm } from './FilterForm';
import { FocusedEntry } from './FocusedEntry';
import { UndoStatus, type UndoState } from './UndoStatus';

interface Props {
  query: JournalQuery;
  setQuery(change: Partial<JournalQuery>): void;
}

/** Reading and editing: search and filters, the focused entry if any, and the list. */
export function EntriesView({ query, setQuery }: Props) {
  const [undo, setUndo] = useState<UndoState>({ name: 'idle' });
  const filter: JournalFilter = {
    q: query.q,
    kind: query.kind,
    need: query.need,
    tag: query.tag,
    from: query.from,
    to: query.to,
  };

  async function remove(entry: Entry) {
    try {
      const removed = (await removeEntry(entry.id)) ?? entry;
      setUndo({
        name: 'deleted',
        undo: () =>
          void putBackEntry(removed).then(
            () => setUndo({ name: 'restored' }),
            (error: unknown) => setUndo({ name: 'error', message: journalErrorText(error) }),
          ),
      });
    } catch (error) {
      setUndo({ name: 'error', message: journalErrorText(error) });
    }
  }

  return (
    <div class="stack">
      <UndoStatus state={undo} />
      {query.entry && (
        <FocusedEntry
          id={query.entry}
          onDelete={(e) => void remove(e)}
          onClose={() => setQuery({ entry: undefined })}
        />
      )}
      <FilterForm filter={filter} onChange={setQuery} />
      <h2 class="visually-hidden">{t('entriesLabel')}</h2>
      <EntryList filter={filter} onDelete={(e) => void remove(e)} />
    </div>
  );
}
