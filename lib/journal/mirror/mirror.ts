import type { Entry, PauseEvent } from '../entry/types';
import { tallyInsights, type Insights } from '../insights';
import { compileRowFilter } from '../search/filters';
import type { JournalFilter } from '../search/query';
import type { PageCursor } from '../store/entries';
import { entryFacts, pauseFacts, type EntryFacts, type PauseFacts } from './facts';

/** One page of a search through the mirror: the ids to read, newest first, and where to go on. */
export interface MirrorPage {
  ids: string[];
  next?: PageCursor;
}

/** Newest first, by [createdAt, id], the order of the journal's by-created index. */
function newerFirst(a: { createdAt: number; id: string }, b: PageCursor): number {
  if (a.createdAt !== b[0]) return b[0] - a.createdAt;
  return a.id === b[1] ? 0 : a.id < b[1] ? 1 : -1;
}

/**
 * An in-memory copy of what search and Patterns need from every entry (facts.ts), held in a
 * worker so the journal page's main thread never scans it. It is filled by the page, from the
 * entries it reads through the journal's door: newest first, in batches (`addBatch`), and kept
 * current entry by entry when the journal changes (`put`, `remove`). Nothing of it is written
 * anywhere.
 *
 * While it is being filled it knows which part of the journal it holds in full: everything
 * from the newest entry down to `edge`. A search is answered as soon as that part is enough to
 * be sure of the page (a common word, long before the last batch); otherwise it waits.
 */
export class JournalMirror {
  /** Newest first. */
  private rows: EntryFacts[] = [];
  private byId = new Map<string, EntryFacts>();
  private pauses = new Map<string, PauseFacts>();
  /** The oldest key filled in order so far; undefined before the first batch. */
  private edge: PageCursor | undefined;
  private entriesDone = false;
  private pausesDone = false;
  /**
   * Ids a change notice named while the fill ran. Each was read again after its write, so the
   * version held is at least as new as any a fill batch (perhaps read before that write) brings,
   * and a later write names it again: a batch skips them, and a deleted entry stays deleted.
   */
  private touched = new Set<string>();

  get size(): number {
    return this.rows.length;
  }

  get complete(): boolean {
    return this.entriesDone && this.pausesDone;
  }

  /** Forgets everything, ready to be filled again. */
  reset(): void {
    this.rows = [];
    this.byId.clear();
    this.pauses.clear();
    this.edge = undefined;
    this.entriesDone = false;
    this.pausesDone = false;
    this.touched.clear();
  }

  /**
   * The next batch of the fill, newest first, each older than the last batch; `last` when
   * there is no more. An entry a change named meanwhile is kept as that change left it.
   */
  addBatch(entries: readonly Entry[], last: boolean): void {
    for (const entry of entries) if (!this.touched.has(entry.id)) this.put(entry);
    const oldest = entries[entries.length - 1];
    if (oldest) this.edge = [oldest.createdAt, oldest.id];
    if (last) {
      this.entriesDone = true;
      this.touched.clear();
    }
  }

  /** A change notice named this entry: `entry` is how it is now, undefined if it is gone. */
  changed(id: string, entry: Entry | undefined): void {
    if (!this.entriesDone) this.touched.add(id);
    if (entry) this.put(entry);
    else this.remove(id);
  }

  addPauses(pauses: readonly PauseEvent[], last: boolean): void {
    for (const pause of pauses) this.pauses.set(pause.id, pauseFacts(pause));
    if (last) this.pausesDone = true;
  }

  /** The pauses read again in full (they carry no text, and change rarely). */
  clearPauses(): void {
    this.pauses.clear();
    this.pausesDone = false;
  }

  /** An entry added or changed: in its place by [createdAt, id]. */
  put(entry: Entry): void {
    this.remove(entry.id);
    const facts = entryFacts(entry);
    const at = this.indexOf([facts.createdAt, facts.id]);
    this.rows.splice(at, 0, facts);
    this.byId.set(facts.id, facts);
  }

  remove(id: string): void {
    const facts = this.byId.get(id);
    if (!facts) return;
    this.byId.delete(id);
    const at = this.indexOf([facts.createdAt, facts.id]);
    if (this.rows[at]?.id === id) this.rows.splice(at, 1);
  }

  /** Where a key is, or would go, in `rows` (binary search). */
  private indexOf(key: PageCursor): number {
    let low = 0;
    let high = this.rows.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (newerFirst(this.rows[mid]!, key) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** True for a row inside the part filled in full. */
  private covered(row: EntryFacts): boolean {
    return this.entriesDone || (this.edge !== undefined && newerFirst(row, this.edge) <= 0);
  }

  /**
   * One page of what a filter lets through, newest first, after `after` (a page's `next`):
   * the same answer as reading the database, or undefined if the part filled so far cannot
   * be sure of it yet (ask again after the next batch).
   */
  search(
    filter: JournalFilter,
    options: { limit: number; after?: PageCursor },
  ): MirrorPage | undefined {
    const test = compileRowFilter(filter);
    const hits: EntryFacts[] = [];
    const start = options.after ? this.indexOf(options.after) : 0;
    for (let i = start; i < this.rows.length; i++) {
      const row = this.rows[i]!;
      if (options.after && newerFirst(row, options.after) <= 0) continue;
      if (!this.covered(row)) break;
      if (test(row)) hits.push(row);
      if (hits.length > options.limit) break;
    }
    const more = hits.length > options.limit;
    if (!more && !this.entriesDone) return undefined;
    if (more) hits.length = options.limit;
    const ids = hits.map((row) => row.id);
    const last = hits[hits.length - 1];
    return more && last ? { ids, next: [last.createdAt, last.id] } : { ids };
  }

  /** Patterns, in one pass over what is held; undefined until the fill is complete. */
  insights(): Insights | undefined {
    if (!this.complete) return undefined;
    return tallyInsights(this.rows, this.pauses.values());
  }
}
