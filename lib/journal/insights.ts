import type { JournalContents } from './store/everything';
import { NEEDS, PAUSE_OUTCOMES, type Need, type PauseOutcome } from './entry/types';
import type { RevisitAnswer } from './labels';
import { entryFacts, pauseFacts, type EntryFacts, type PauseFacts } from './mirror/facts';

export interface IntensityPoint {
  /** Local day, YYYY-MM-DD. */
  day: string;
  /** Mean intensity that day, 0–10, one decimal. */
  average: number;
  count: number;
}

export interface Insights {
  entries: number;
  pauses: number;
  /** Daily average intensity for the most recent days that have one (oldest first). */
  intensity: IntensityPoint[];
  needs: { need: Need; count: number }[];
  /** How many urges (notes, unsent messages, pauses) came in each hour of the day, 0–23. */
  hours: number[];
  pauseOutcomes: Record<PauseOutcome, number>;
  revisits: Record<RevisitAnswer, number>;
}

/** How much is enough to say something without guessing. */
export const ENOUGH = { intensityDays: 3, needs: 3, hours: 5, pauses: 3 } as const;
export const MAX_INTENSITY_DAYS = 30;

/**
 * The aggregates the insights view draws. Pure: give it everything, get numbers. The journal
 * page counts from its mirror's facts instead (tallyInsights), which hold the same numbers
 * worked out once per entry.
 */
export function computeInsights({ entries, pauses }: JournalContents): Insights {
  return tallyInsights(entries.map(entryFacts), pauses.map(pauseFacts));
}

type CountedEntry = Pick<EntryFacts, 'kind' | 'need' | 'intensity' | 'revisit' | 'day' | 'hour'>;

/** One pass over every entry and every pause: each is looked at once, and only counted. */
export function tallyInsights(
  entries: Iterable<CountedEntry>,
  pauses: Iterable<PauseFacts>,
): Insights {
  const byDay = new Map<string, { sum: number; count: number }>();
  const needs = new Map<Need, number>(NEEDS.map((need) => [need, 0]));
  const hours = Array.from({ length: 24 }, () => 0);
  const revisits: Record<RevisitAnswer, number> = { passed: 0, send: 0, unsure: 0 };
  let entryCount = 0;
  for (const entry of entries) {
    entryCount++;
    if (entry.intensity !== undefined && entry.kind !== 'breathing') {
      const slot = byDay.get(entry.day);
      if (slot) {
        slot.sum += entry.intensity;
        slot.count++;
      } else byDay.set(entry.day, { sum: entry.intensity, count: 1 });
    }
    if (entry.need) needs.set(entry.need, (needs.get(entry.need) ?? 0) + 1);
    if (entry.kind === 'note' || entry.kind === 'unsent') hours[entry.hour]!++;
    if (entry.revisit) revisits[entry.revisit]++;
  }
  const pauseOutcomes = Object.fromEntries(PAUSE_OUTCOMES.map((o) => [o, 0])) as Record<
    PauseOutcome,
    number
  >;
  let pauseCount = 0;
  for (const pause of pauses) {
    pauseCount++;
    pauseOutcomes[pause.outcome]++;
    // A pause that saved an entry is already counted through that entry.
    if (!pause.saved) hours[pause.hour]!++;
  }
  const intensity = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(-MAX_INTENSITY_DAYS)
    .map(([day, { sum, count }]) => ({ day, average: Math.round((sum / count) * 10) / 10, count }));
  return {
    entries: entryCount,
    pauses: pauseCount,
    intensity,
    needs: NEEDS.map((need) => ({ need, count: needs.get(need) ?? 0 })),
    hours,
    pauseOutcomes,
    revisits,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Which pictures have enough behind them to be shown. */
export function whatToShow(insights: Insights) {
  const pauseTotal = sum(Object.values(insights.pauseOutcomes));
  const revisitTotal = sum(Object.values(insights.revisits));
  const shows = {
    intensity: insights.intensity.length >= ENOUGH.intensityDays,
    needs: sum(insights.needs.map((n) => n.count)) >= ENOUGH.needs,
    hours: sum(insights.hours) >= ENOUGH.hours,
    pauses: pauseTotal >= ENOUGH.pauses || revisitTotal >= 1,
  };
  return { ...shows, any: Object.values(shows).some(Boolean) };
}
