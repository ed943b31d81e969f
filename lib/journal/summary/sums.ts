import type { JournalContents } from '../store/everything';
import { NEEDS, type Entry, type Need, type PauseOutcome } from '../entry/types';
import type { RevisitAnswer } from '../labels';
import { daysBetween, inRange, localDay, type DayRange } from './range';
import { easeSummary, type EaseSummary } from '../../urges/ease';

/** A rating at or above this is a moment the worry peaked ("strong" in the summary's words). */
export const STRONG = 7;

export interface SummaryDay {
  day: string;
  /** How many ratings that day (breathing's after-rating left out, as in Patterns). */
  ratings: number;
  /** The day's highest rating, when it has one. */
  peak?: number;
}

export interface SessionSummary {
  range: DayRange;
  /** Entries written in the range, and on how many of its days. */
  entries: number;
  activeDays: number;
  /** Every day of the range, in order, for the day-by-day picture. */
  days: SummaryDay[];
  intensity: {
    ratings: number;
    /** Mean of the ratings, one decimal; absent with none. */
    average?: number;
    /** The highest rating and when it first came. */
    peak?: { value: number; at: number };
    /** Ratings of STRONG or more, and on how many days. */
    strong: number;
    strongDays: number;
  };
  /** Urges (notes, unsent messages, pauses without an entry) by local hour, 0–23. */
  hours: number[];
  /** Strong ratings by local hour, 0–23: when the worry peaked. */
  strongHours: number[];
  needs: { need: Need; count: number }[];
  pauses: {
    total: number;
    outcomes: Record<PauseOutcome, number>;
    /** Unsent messages written in the range, by their answer to "Do you still want to send this?". */
    revisits: Record<RevisitAnswer, number>;
    /** Unsent messages in the range not answered yet. */
    open: number;
  };
  /** Breathing and grounding sessions in the range. */
  practice: { breathing: number; grounding: number };
  /** Urges ridden out in the range, and how long they took to ease (lib/urges/ease.ts). */
  urges: EaseSummary;
}

/** A rating that says how strong the worry was: breathing's is how one felt after. */
const worryRating = (entry: Entry) => (entry.kind === 'breathing' ? undefined : entry.intensity);

/**
 * The sums a summary for a session says, over exactly the days of the range. Pure: give it
 * what the door read (anything outside the range is left out here too), get numbers.
 */
export function summarise(
  { entries, pauses, rides = [] }: JournalContents,
  range: DayRange,
): SessionSummary {
  const days = new Map<string, SummaryDay>(
    daysBetween(range.from, range.to).map((day) => [day, { day, ratings: 0 }]),
  );
  const active = new Set<string>();
  const needs = new Map<Need, number>(NEEDS.map((need) => [need, 0]));
  const hours = Array.from({ length: 24 }, () => 0);
  const strongHours = Array.from({ length: 24 }, () => 0);
  const revisits: Record<RevisitAnswer, number> = { passed: 0, send: 0, unsure: 0 };
  const practice = { breathing: 0, grounding: 0 };
  let ratings = 0;
  let total = 0;
  let strong = 0;
  let open = 0;
  let peak: SessionSummary['intensity']['peak'];
  const inside = entries.filter((e) => inRange(range, e.createdAt));
  for (const entry of inside) {
    const day = localDay(entry.createdAt);
    const hour = new Date(entry.createdAt).getHours();
    active.add(day);
    if (entry.need) needs.set(entry.need, (needs.get(entry.need) ?? 0) + 1);
    if (entry.kind === 'note' || entry.kind === 'unsent') hours[hour]!++;
    if (entry.kind === 'breathing' || entry.kind === 'grounding') practice[entry.kind]++;
    if (entry.kind === 'unsent') {
      if (entry.unsent?.revisit) revisits[entry.unsent.revisit.answer]++;
      else open++;
    }
    const rating = worryRating(entry);
    if (rating === undefined) continue;
    const slot = days.get(day);
    if (slot) {
      slot.ratings++;
      slot.peak = Math.max(slot.peak ?? 0, rating);
    }
    ratings++;
    total += rating;
    if (!peak || rating > peak.value || (rating === peak.value && entry.createdAt < peak.at)) {
      peak = { value: rating, at: entry.createdAt };
    }
    if (rating >= STRONG) {
      strong++;
      strongHours[hour]!++;
    }
  }
  const outcomes: Record<PauseOutcome, number> = { saved: 0, waited: 0, sent: 0 };
  const pausesInside = pauses.filter((p) => inRange(range, p.at));
  for (const pause of pausesInside) {
    outcomes[pause.outcome]++;
    // A pause that saved an entry is already counted through that entry (as in Patterns).
    if (!pause.entryId) hours[new Date(pause.at).getHours()]!++;
  }
  const dayList = [...days.values()];
  return {
    range,
    entries: inside.length,
    activeDays: active.size,
    days: dayList,
    intensity: {
      ratings,
      ...(ratings ? { average: Math.round((total / ratings) * 10) / 10 } : {}),
      ...(peak ? { peak } : {}),
      strong,
      strongDays: dayList.filter((d) => (d.peak ?? 0) >= STRONG).length,
    },
    hours,
    strongHours,
    needs: NEEDS.map((need) => ({ need, count: needs.get(need) ?? 0 })),
    pauses: { total: pausesInside.length, outcomes, revisits, open },
    practice,
    urges: easeSummary(rides.filter((ride) => inRange(range, ride.startedAt))),
  };
}

/** The hours with the most, highest first, ties by the earlier hour; only hours with any. */
export function topHours(hours: number[], count = 2): { hour: number; times: number }[] {
  return hours
    .map((times, hour) => ({ hour, times }))
    .filter((h) => h.times > 0)
    .sort((a, b) => b.times - a.times || a.hour - b.hour)
    .slice(0, count);
}

/** The entries a person may choose to bring: those in the range with words, newest first. */
export function choosableEntries(entries: Entry[], range: DayRange): Entry[] {
  return entries
    .filter((e) => inRange(range, e.createdAt) && e.text.trim() !== '')
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
}
