import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isFiltered, type JournalFilter } from '@/lib/journal/search/query';
import type { Entry } from '@/lib/journal/entry/types';
import {
  findPage,
  onJournalChanged,
  refreshSearch,
  warmSearch,
  warmSearchInBackground,
  type PageCursor,
} from '@/lib/journal/door';

export const PAGE_SIZE = 50;

export type ListState =
  | { name: 'loading' }
  | { name: 'failed' }
  /** `filter`: which filter these entries answer (JSON), as the list may lag behind it. */
  | { name: 'ready'; entries: Entry[]; next?: PageCursor; filter: string };

/**
 * Gets search ready once the page has shown its first entries and has a moment: the mirror
 * (a worker) reads the journal then, costing the page nothing, so the first search is quick.
 */
function warmWhenIdle(): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(warmSearchInBackground, 200);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(warmSearchInBackground, { timeout: 2000 });
  return () => cancelIdleCallback(idle);
}

/**
 * The entries a filter lets through, a page at a time. When any page changes the journal the
 * list is read again, as far as the user had scrolled, so an edit or an undo shows at once.
 * `searching` is true while a read is under way (in a large journal a first search may wait
 * for the mirror to be filled), and `stale` while the list shown answers an earlier filter.
 */
export function useFilteredEntries(filter: JournalFilter) {
  const [state, setState] = useState<ListState>({ name: 'loading' });
  const [searching, setSearching] = useState(false);
  const shown = useRef(PAGE_SIZE);
  const generation = useRef(0);
  const key = JSON.stringify(filter);

  const load = useCallback(
    async (limit: number) => {
      const mine = ++generation.current;
      setSearching(true);
      try {
        const start = performance.now();
        const page = await findPage(filter, { limit });
        // For the benchmark: how long reading one page took (see performance.getEntriesByName).
        performance.measure('steady:journal-page', { start });
        // A newer search started meanwhile: its answer is the one to show.
        if (mine === generation.current) setState({ name: 'ready', ...page, filter: key });
      } catch {
        if (mine === generation.current) setState({ name: 'failed' });
      } finally {
        if (mine === generation.current) setSearching(false);
      }
    },
    // The filter is compared by value (`key`), not by object identity.
    [key],
  );

  useEffect(() => {
    shown.current = PAGE_SIZE;
    // A page opened with filters (a reload, a link) will likely search again: get ready now.
    void load(PAGE_SIZE).then(() => isFiltered(filter) && warmSearch());
    return onJournalChanged(() => {
      // Where there is no mirror the page's index is a snapshot: dropped first, so this read
      // waits for (or skips) a fresh one. The mirror had the notice before this listener.
      refreshSearch();
      void load(shown.current);
    });
  }, [load]);

  useEffect(warmWhenIdle, []);

  async function loadMore() {
    if (state.name !== 'ready' || !state.next) return;
    const mine = generation.current;
    const page = await findPage(filter, { limit: PAGE_SIZE, after: state.next });
    if (mine !== generation.current) return;
    shown.current = state.entries.length + page.entries.length;
    setState({
      name: 'ready',
      entries: [...state.entries, ...page.entries],
      next: page.next,
      filter: key,
    });
  }

  const stale = state.name === 'ready' && state.filter !== key;
  return { state, searching, stale, loadMore };
}
