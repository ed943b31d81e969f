import { getJournal } from '@/lib/journal/db';
import type { SearchRow } from '@/lib/journal/filters';
import { buildSearchIndex } from '@/lib/journal/searchIndex';

/**
 * The page's search index (lib/journal/searchIndex.ts). Built, while the page is idle, once the
 * user shows they mean to search (focus in the search form, or a page opened with filters), so
 * a journal only read never gets read whole; dropped whenever the journal changes, and rebuilt
 * if it was wanted. Until it is ready, and for journals too large to index, searches read the
 * database instead: slower, never wrong.
 */
let rows: SearchRow[] | undefined;
let building = false;
let wanted = false;
let version = 0;

export function searchIndex(): SearchRow[] | undefined {
  return rows;
}

export function dropSearchIndex(): void {
  rows = undefined;
  version++;
}

/** After a change: builds the index again, but only if searching has been used on this page. */
export function rewarmSearchIndex(): void {
  if (wanted) warmSearchIndex();
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/** Builds the index (when idle) if it is not there yet. */
export function warmSearchIndex(): void {
  wanted = true;
  if (rows || building) return;
  building = true;
  whenIdle(() => {
    const mine = version;
    void getJournal()
      .then(buildSearchIndex)
      .then(
        (built) => {
          if (mine === version) rows = built;
        },
        () => undefined,
      )
      .finally(() => {
        building = false;
        // The journal changed while this was being built: build again from the new state.
        if (mine !== version) warmSearchIndex();
      });
  });
}
