import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isFiltered, type JournalFilter } from '@/lib/journal/search/query';
import type { Entry } from '@/lib/journal/entry/types';
import {
  findPage,
  onJournalChanged,
  refreshSearch,
  warmSearch,
  type PageCursor,
} from '@/lib/journal/door';

export const PAGE_SIZE = 50;

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
        const page = await findPage(filter, { limit });
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
    void load(PAGE_SIZE).then(() => isFiltered(filter) && warmSearch());
    return onJournalChanged(() => {
      // The index is a snapshot: drop it first, so this read waits for (or skips) a fresh one.
      refreshSearch();
      void load(shown.current);
    });
  }, [load]);

  async function loadMore() {
    if (state.name !== 'ready' || !state.next) return;
    const mine = generation.current;
    const page = await findPage(filter, { limit: PAGE_SIZE, after: state.next });
    if (mine !== generation.current) return;
    shown.current = state.entries.length + page.entries.length;
    setState({ name: 'ready', entries: [...state.entries, ...page.entries], next: page.next });
  }

  return { state, loadMore };
}
