import type { Entry, EntryKind, Need, PauseEvent, PauseOutcome } from '../entry/types';
import type { RevisitAnswer } from '../labels';
import { fold, searchableText } from '../search/fold';

/**
 * What the journal's mirror (mirror.ts) keeps of one entry: what a filter looks at, with the
 * text already folded, and what Patterns counts, with the local day and hour worked out once
 * when the entry arrives rather than on every count. It lives only in memory, in a worker.
 */
export interface EntryFacts {
  id: string;
  createdAt: number;
  kind: EntryKind;
  need?: Need;
  intensity?: number;
  revisit?: RevisitAnswer;
  /** Tags, folded. */
  tags: string[];
  /** Everything searchable, folded (see searchableText). */
  haystack: string;
  /** Local day of createdAt, YYYY-MM-DD. */
  day: string;
  /** Local hour of createdAt, 0–23. */
  hour: number;
}

/** What Patterns counts of one pause. */
export interface PauseFacts {
  id: string;
  outcome: PauseOutcome;
  hour: number;
  /** True when the pause saved an entry (then that entry already counts for the hour). */
  saved: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function entryFacts(entry: Entry): EntryFacts {
  const date = new Date(entry.createdAt);
  const facts: EntryFacts = {
    id: entry.id,
    createdAt: entry.createdAt,
    kind: entry.kind,
    tags: entry.tags.map(fold),
    haystack: searchableText(entry),
    day: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    hour: date.getHours(),
  };
  if (entry.need) facts.need = entry.need;
  if (entry.intensity !== undefined) facts.intensity = entry.intensity;
  if (entry.unsent?.revisit) facts.revisit = entry.unsent.revisit.answer;
  return facts;
}

export function pauseFacts(pause: PauseEvent): PauseFacts {
  return {
    id: pause.id,
    outcome: pause.outcome,
    hour: new Date(pause.at).getHours(),
    saved: Boolean(pause.entryId),
  };
}
