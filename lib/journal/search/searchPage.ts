import type { Page, PageCursor } from '../store/entries';
import type { JournalConnection } from '../store/open';
import { dropSearchIndex, rewarmSearchIndex, searchIndex, warmSearchIndex } from './cache';
import { findEntries } from './find';
import { findInIndex } from './memoryIndex';
import type { JournalFilter } from './query';
import type { Opener } from '../lock/codec';

/**
 * A filtered page, through the page's in-memory search index when it is ready (cache.ts), else
 * from the database (find.ts): the same answer either way. Loaded by the door only when someone
 * searches or filters, so pages that never search do not ship it.
 */
export async function findFilteredPage(
  db: JournalConnection,
  filter: JournalFilter,
  options: { limit: number; after?: PageCursor },
  open: Opener,
): Promise<Page> {
  const rows = await searchIndex();
  return rows
    ? findInIndex(db, rows, filter, options, open)
    : findEntries(db, filter, options, open);
}

/** After a change: the index is a snapshot, so it goes, and comes back if searching was used. */
export function refreshSearchIndex(): void {
  dropSearchIndex();
  rewarmSearchIndex();
}

export { warmSearchIndex };
