import { t, type MessageKey } from '../../i18n';
import { plural, pluralKey, uiLanguage } from '../../locale';
import type { Entry } from '../entry/types';
import { localDay } from './range';
import { STRONG, topHours, type SessionSummary } from './sums';
import { PROMPTS, type PromptAnswers } from './prompts';
import { easeWords } from '../../urges/words';

/**
 * The summary for a session in words: one list of sections that the page shows, prints and
 * copies alike, so what leaves the device is exactly what was on screen. Sentences are
 * impersonal ("Strength noted 6 times") because the page is read by two people: the one who
 * wrote the journal, and the therapist they hand it to.
 */

export type SectionId =
  'short' | 'worry' | 'hours' | 'needs' | 'pauses' | 'urges' | 'prompts' | 'entries';

export interface SheetItem {
  /** A question, or an entry's date and details. */
  label: string;
  text: string;
}

export interface SheetSection {
  id: SectionId;
  heading: string;
  sentences: string[];
  items?: SheetItem[];
}

export interface Sheet {
  title: string;
  /** "Mon 1 Dec 2026 to Sun 7 Dec 2026 (7 days)" */
  days: string;
  made: string;
  sections: SheetSection[];
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(uiLanguage(), options)));
  return f;
}

export function dayWords(day: string, year = true): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(year ? { year: 'numeric' } : {}),
  }).format(new Date(y, m - 1, d));
}

export const momentWords = (ms: number) =>
  format({ dateStyle: 'full', timeStyle: 'short' }).format(ms);
const timeWords = (ms: number) => format({ timeStyle: 'short' }).format(ms);
const hourWords = (hour: number) => t(pluralKey('hourFrom', hour), hourLabel(hour));
const list = (items: string[]) =>
  new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(items);
const times = (n: number) => plural('timesCount', n);
const needWords = (need: string) => t(`need_${need}` as MessageKey);

function short(s: SessionSummary): string[] {
  if (s.entries === 0 && s.pauses.total === 0) return [t('summaryNothing')];
  const sentences = [
    t('summaryShort', [
      plural('entriesCount', s.entries),
      s.activeDays.toLocaleString(uiLanguage()),
      plural('daysCount', s.range.days),
    ]),
  ];
  if (s.practice.breathing || s.practice.grounding) {
    sentences.push(
      t('summaryPractice', [times(s.practice.breathing), times(s.practice.grounding)]),
    );
  }
  return sentences;
}

function worry({ intensity: i }: SessionSummary): string[] {
  if (!i.ratings || i.average === undefined || !i.peak) return [t('summaryNoRatings')];
  return [
    t('summaryRatings', [times(i.ratings), i.average.toLocaleString(uiLanguage())]),
    t('summaryPeak', [String(i.peak.value), dayWords(localDay(i.peak.at)), timeWords(i.peak.at)]),
    i.strong
      ? t('summaryStrong', [String(STRONG), times(i.strong), plural('daysCount', i.strongDays)])
      : t('summaryNoStrong', String(STRONG)),
  ];
}

function hours(s: SessionSummary): string[] {
  const [first, second] = topHours(s.hours);
  if (!first) return [t('summaryNoUrges')];
  const sentences = [
    second
      ? t('chartHoursSummary', [
          hourWords(first.hour),
          times(first.times),
          hourWords(second.hour),
          times(second.times),
        ])
      : t('summaryHoursOne', [hourWords(first.hour), times(first.times)]),
  ];
  const [strongest] = topHours(s.strongHours, 1);
  if (strongest) {
    sentences.push(t('summaryStrongHour', [String(STRONG), hourWords(strongest.hour)]));
  }
  return sentences;
}

function needs(s: SessionSummary): string[] {
  const named = s.needs.filter((n) => n.count > 0).sort((a, b) => b.count - a.count);
  if (!named.length) return [t('summaryNoNeeds')];
  return [
    t(
      'summaryNeeds',
      list(named.map((n) => t('summaryNeedTimes', [needWords(n.need), times(n.count)]))),
    ),
  ];
}

function pauses({ pauses: p }: SessionSummary): string[] {
  const answered = p.revisits.passed + p.revisits.send + p.revisits.unsure;
  const sentences: string[] = [];
  if (p.total) {
    sentences.push(
      t('chartPausesSummary', [
        plural('pausesCount', p.total),
        String(p.outcomes.saved),
        String(p.outcomes.waited),
        String(p.outcomes.sent),
      ]),
    );
  } else sentences.push(t('summaryNoPauses'));
  if (answered) {
    sentences.push(
      t('chartRevisitSummary', [plural('unsentCount', answered), String(p.revisits.passed)]),
    );
  }
  if (p.open) sentences.push(t('summaryOpenUnsent', plural('unsentCount', p.open)));
  return sentences;
}

/** Urges ridden out in the range, said as Patterns says them; nothing when there were none. */
function urges({ urges: u }: SessionSummary): string[] {
  return u.rides ? [easeWords(u)] : [];
}

/** An entry's date and what was chosen with it, for its line on the page. */
export function entryLabel(entry: Entry, withDate = true): string {
  const parts = [t(`kind_${entry.kind}` as MessageKey)];
  if (withDate) parts.unshift(momentWords(entry.createdAt));
  if (entry.intensity !== undefined && entry.kind !== 'breathing') {
    parts.push(t('summaryEntryStrength', String(entry.intensity)));
  }
  if (entry.need) parts.push(needWords(entry.need));
  return parts.join(' · ');
}

/**
 * The whole page: the sums for the range, the prompts answered (only those with words), and
 * the entries chosen (in time order, in full).
 */
export function buildSheet(
  summary: SessionSummary,
  answers: PromptAnswers,
  chosen: Entry[],
  now = Date.now(),
): Sheet {
  const { range } = summary;
  const sections: SheetSection[] = [
    { id: 'short', heading: t('summaryShortHeading'), sentences: short(summary) },
    { id: 'worry', heading: t('summaryWorryHeading'), sentences: worry(summary) },
    { id: 'hours', heading: t('summaryHoursHeading'), sentences: hours(summary) },
    { id: 'needs', heading: t('summaryNeedsHeading'), sentences: needs(summary) },
    { id: 'pauses', heading: t('summaryPausesHeading'), sentences: pauses(summary) },
  ];
  const ridden = urges(summary);
  if (ridden.length) {
    sections.push({ id: 'urges', heading: t('summaryUrgesHeading'), sentences: ridden });
  }
  const answered = PROMPTS.filter((p) => answers[p].trim() !== '');
  if (answered.length) {
    sections.push({
      id: 'prompts',
      heading: t('summaryPromptsSheetHeading'),
      sentences: [],
      items: answered.map((p) => ({ label: t(`prompt_${p}`), text: answers[p].trim() })),
    });
  }
  if (chosen.length) {
    sections.push({
      id: 'entries',
      heading: t('summaryChosenHeading'),
      sentences: [],
      items: [...chosen]
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((e) => ({ label: entryLabel(e), text: e.text })),
    });
  }
  return {
    title: t('summaryTitle'),
    days: t('summaryDays', [
      dayWords(range.from),
      dayWords(range.to),
      plural('daysCount', range.days),
    ]),
    made: t('summaryMade', momentWords(now)),
    sections,
  };
}

/** The page as plain text, for pasting into notes or an email the person writes themselves. */
export function sheetText(sheet: Sheet): string {
  const out = [sheet.title.toUpperCase(), sheet.days, sheet.made];
  for (const section of sheet.sections) {
    out.push('', section.heading, '-'.repeat(section.heading.length), ...section.sentences);
    for (const item of section.items ?? []) out.push('', item.label, item.text);
  }
  return `${out.join('\n')}\n`;
}

/** The day-by-day picture in words: each rated day and its highest rating. */
export function daysCaption(summary: SessionSummary): string {
  const rated = summary.days.filter((d) => d.peak !== undefined);
  const items = list(
    rated.map((d) => t('summaryDayValue', [dayWords(d.day, false), String(d.peak)])),
  );
  return t(
    rated.length < summary.days.length ? 'summaryDaysChartGaps' : 'summaryDaysChartText',
    items,
  );
}

/** The hours picture in words: every hour that had an urge, in the day's order. */
export function hoursCaption(summary: SessionSummary): string {
  const items = summary.hours
    .map((count, hour) => ({ count, hour }))
    .filter((h) => h.count > 0)
    .map((h) => t('summaryNeedTimes', [hourLabel(h.hour), times(h.count)]));
  return t('summaryHoursChartText', list(items));
}

/** "10 PM", "22": an hour as the UI's language says it. */
export function hourLabel(hour: number): string {
  return format({ hour: 'numeric' }).format(new Date(2000, 0, 1, hour));
}

export { needWords };
