import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onJournalChanged } from '@/lib/journal/changes';
import { getJournal } from '@/lib/journal/db';
import { findEntries } from '@/lib/journal/find';
import { isFiltered, type JournalFilter } from '@/lib/journal/query';
import type { PageCursor } from '@/lib/journal/repo';
import type { Entry } from '@/lib/journal/schema';
import { findInIndex } from '@/lib/journal/searchIndex';
import { dropSearchIndex, rewarmSearchIndex, searchIndex, warmSearchIndex } from './searchCache';

export const PAGE_SIZE = 50;

/** A page of results: through the in-memory index when there is one, else from the database. */
async function readPage(filter: JournalFilter, options: { limit: number; after?: PageCursor }) {
  const db = await getJournal();
  const rows = isFiltered(filter) ? await searchIndex() : undefined;
  return rows ? findInIndex(db, rows, filter, options) : findEntries(db, filter, options);
}

export type ListState =
  { name: 'loading' } | { name: 'failed' } | { name: 'ready'; entries: Entry[]; next?: PageCursor };

/**
 * The entries a filter lets through, a page at a time. When any page changes the journal the
 * list is read again, as far as the user had scrolled, so an edit or an undo shows at once.
 */
export function useFilteredEntries(filter: JournalFilter) {
  const [state, setState] = useState<ListState>({ name: 'loading' });
  const shown = useRef(PAGE_SIZE);
  const generation = useRef(0);
  const key = JSON.stringify(filter);

  const load = useCallback(
    async (limit: number) => {
      const mine = ++generation.current;
      try {
        const start = performance.now();
        const page = await readPage(filter, { limit });
        // For the benchmark: how long reading one page took (see performance.getEntriesByName).
        performance.measure('steady:journal-page', { start });
        // A newer search started meanwhile: its answer is the one to show.
        if (mine === generation.current) setState({ name: 'ready', ...page });
      } catch {
        if (mine === generation.current) setState({ name: 'failed' });
      }
    },
    // The filter is compared by value (`key`), not by object identity.
    [key],
  );

  useEffect(() => {
    shown.current = PAGE_SIZE;
    // A page opened with filters (a reload, a link) will likely search again: index now.
    void load(PAGE_SIZE).then(() => isFiltered(filter) && warmSearchIndex());
    return onJournalChanged(() => {
      dropSearchIndex();
      void load(shown.current).then(rewarmSearchIndex);
    });
  }, [load]);

  async function loadMore() {
    if (state.name !== 'ready' || !state.next) return;
    const mine = generation.current;
    const page = await readPage(filter, { limit: PAGE_SIZE, after: state.next });
    if (mine !== generation.current) return;
    shown.current = state.entries.length + page.entries.length;
    setState({ name: 'ready', entries: [...state.entries, ...page.entries], next: page.next });
  }

  return { state, loadMore };
}
