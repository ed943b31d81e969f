import { currentCodec } from '../lock/current';
import { onLockChange } from '../lock/session';
import { getJournal } from '../store/open';
import type { SearchRow } from './filters';
import { buildSearchIndex } from './memoryIndex';

/**
 * The page's search index (search/memoryIndex.ts). Built, while the page is idle, once the
 * user shows they mean to search (focus in the search form, or a page opened with filters), so
 * a journal only read never gets read whole; dropped whenever the journal changes, and rebuilt
 * if it was wanted. Until it is ready, and for journals too large to index, searches read the
 * database instead: slower, never wrong.
 */
let rows: SearchRow[] | undefined;
/** The build under way, if any: resolves when it is done (whatever its outcome). */
let building: Promise<void> | undefined;
let wanted = false;
let version = 0;

/**
 * The index if it is ready, after waiting for a build already under way (started when the
 * search box got focus: finishing it is quicker than reading everything a second time).
 */
export async function searchIndex(): Promise<SearchRow[] | undefined> {
  if (!rows && building) await building;
  return rows;
}

export function dropSearchIndex(): void {
  rows = undefined;
  version++;
}

// Locked again: the opened words leave this page's memory with the keys; unlocked: rebuilt.
onLockChange(() => {
  dropSearchIndex();
  rewarmSearchIndex();
});

/** After a change: builds the index again, but only if searching has been used on this page. */
export function rewarmSearchIndex(): void {
  if (wanted) warmSearchIndex();
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    } else setTimeout(resolve, 100);
  });
}

async function build(): Promise<void> {
  await whenIdle();
  const mine = version;
  try {
    const db = await getJournal();
    const built = await buildSearchIndex(db, (await currentCodec(db)).open);
    if (mine === version) rows = built;
  } catch {
    // No index: searches read the database instead.
  }
  building = undefined;
  // The journal changed while this was being built: build again from the new state.
  if (mine !== version) warmSearchIndex();
}

/** Builds the index (when the page is idle) if it is not there or on its way. */
export function warmSearchIndex(): void {
  wanted = true;
  if (rows || building) return;
  building = build();
}
