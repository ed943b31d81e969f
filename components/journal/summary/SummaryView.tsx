import '@/components/styles/summary.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  buildSheet,
  choosableEntries,
  customRange,
  periodRange,
  sheetText,
  summarise,
  type DayRange,
  type RangeProblem,
} from '@/lib/journal/summary';
import type { JournalQuery } from '@/lib/journal/search/query';
import { EntryChooser } from './EntryChooser';
import { PromptFields, usePromptAnswers } from './PromptFields';
import { RangePicker, type RangeChoice } from './RangePicker';
import { SheetActions } from './SheetActions';
import { SummarySheet } from './SummarySheet';
import { useSummaryData } from './useSummaryData';

interface Props {
  query: JournalQuery;
  setQuery(change: Partial<JournalQuery>): void;
  onBack(): void;
}

function rangeOf(choice: RangeChoice): { range?: DayRange; problem?: RangeProblem } {
  if (choice.period !== 'custom') return { range: periodRange(choice.period) };
  const checked = customRange(choice.start, choice.end);
  return 'range' in checked ? { range: checked.range } : { problem: checked.problem };
}

/**
 * "Summary for a session": a page to bring to therapy, built here from the door's read of the
 * chosen days and never stored. Loaded with import() when opened, so the journal's first view
 * does not carry it. The range lives in the address (a reload keeps it); ticks do not, being
 * a choice about private words made for one sitting.
 */
export function SummaryView({ query, setQuery, onBack }: Props) {
  const choice: RangeChoice = {
    period: query.period ?? 'week',
    start: query.start,
    end: query.end,
  };
  const { range, problem } = rangeOf(choice);
  const data = useSummaryData(range);
  const answers = usePromptAnswers();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const ready = range && typeof data === 'object' ? data : undefined;
  const summary = useMemo(() => ready && range && summarise(ready, range), [ready, range?.start]);
  const entries = useMemo(
    () => (ready && range ? choosableEntries(ready.entries, range) : []),
    [ready, range?.start],
  );
  // Only ticked entries still in the range go on the page.
  const picked = entries.filter((e) => chosen.has(e.id));
  const sheet = summary && buildSheet(summary, answers.value, picked);

  function toggle(id: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  }

  return (
    <section class="stack summary-view" aria-labelledby="summary-title">
      <div class="summary-top">
        <button type="button" class="link-button" onClick={onBack}>
          {t('summaryBack')}
        </button>
        <h2 id="summary-title" tabIndex={-1} ref={heading}>
          {t('summaryTitle')}
        </h2>
        <p class="hint">{t('summaryIntro')}</p>
      </div>
      <RangePicker
        choice={choice}
        problem={problem}
        onChange={(change) => setQuery({ ...choice, ...change })}
      />
      {range && data === 'failed' && <p class="status status-error">{t('journalLoadError')}</p>}
      {range && data === 'loading' && <p class="hint">{t('loading')}</p>}
      {summary && sheet && (
        <>
          <PromptFields draft={answers} />
          <EntryChooser entries={entries} chosen={chosen} onToggle={toggle} />
          <section class="card summary-page" aria-labelledby="summary-page-title">
            <h3 id="summary-page-title">{t('summaryPageHeading')}</h3>
            <p class="hint">{t('summaryPageHint')}</p>
            <SheetActions text={sheetText(sheet)} />
            <SummarySheet sheet={sheet} summary={summary} />
          </section>
        </>
      )}
    </section>
  );
}
