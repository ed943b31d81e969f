import { getJournal } from '@/lib/journal/db';
import type { SearchRow } from '@/lib/journal/filters';
import { buildSearchIndex } from '@/lib/journal/searchIndex';

/**
 * The page's search index (lib/journal/searchIndex.ts), built when the page is idle after the
 * first page is shown and dropped whenever the journal changes. Until it is ready, and for
 * journals too large to index, searches read the database instead: slower, never wrong.
 */
let rows: SearchRow[] | undefined;
let building = false;
let version = 0;

export function searchIndex(): SearchRow[] | undefined {
  return rows;
}

export function dropSearchIndex(): void {
  rows = undefined;
  version++;
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

export function warmSearchIndex(): void {
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
