import type { JournalChange } from '../changes';
import type { Insights } from '../insights';
import type { UnlockedKeys } from '../lock/crypto';
import type { JournalFilter } from '../search/query';
import type { PageCursor } from '../store/entries';
import type { MirrorPage } from './mirror';

/** A change notice as it travels: `tag` lets the worker apply it once, however it arrives. */
export interface TaggedChange {
  change?: JournalChange;
  tag?: string;
}

/** What the journal page tells its mirror's worker (worker.ts), and what comes back. */
export type ToMirror =
  /** First, once: the page's unlocked keys (or none). A new lock state gets a new worker. */
  | { type: 'keys'; keys?: UnlockedKeys }
  /** Fill it now (the person is about to search, or opened Patterns). */
  | { type: 'fill' }
  /** The page's own write, told directly so a question asked after it sees it. */
  | ({ type: 'change' } & TaggedChange)
  | {
      type: 'search';
      ask: number;
      filter: JournalFilter;
      options: { limit: number; after?: PageCursor };
    }
  | { type: 'insights'; ask: number };

export type FromMirror =
  | { type: 'search'; ask: number; page: MirrorPage }
  | { type: 'insights'; ask: number; insights: Insights }
  /** The mirror cannot answer (its reads failed: a locked journal): ask the database. */
  | { type: 'unavailable'; ask: number }
  /** How far the fill has got, in entries. */
  | { type: 'progress'; done: number; total: number };
