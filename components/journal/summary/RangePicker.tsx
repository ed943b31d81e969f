import { t } from '@/lib/i18n';
import {
  MAX_RANGE_DAYS,
  SUMMARY_PERIODS,
  localDay,
  type RangeProblem,
  type SummaryPeriod,
} from '@/lib/journal/summary';

export interface RangeChoice {
  period: SummaryPeriod;
  start?: string;
  end?: string;
}

interface Props {
  choice: RangeChoice;
  problem?: RangeProblem;
  onChange(change: Partial<RangeChoice>): void;
}

function problemText(problem: RangeProblem): string {
  return problem === 'tooLong'
    ? t('rangeProblem_tooLong', String(MAX_RANGE_DAYS))
    : t(`rangeProblem_${problem}`);
}

/**
 * Which days the summary covers: three ready-made stretches ending today, or two days of one's
 * own. A custom range that cannot be used says why in one kind sentence, next to the fields.
 */
export function RangePicker({ choice, problem, onChange }: Props) {
  const today = localDay(Date.now());
  const wrong = problem !== undefined && problem !== 'missing';
  return (
    <div class="card summary-range">
      <fieldset>
        <legend>{t('summaryRangeLegend')}</legend>
        <div class="period-options">
          {SUMMARY_PERIODS.map((period) => (
            <label key={period} class="choice">
              <input
                type="radio"
                name="summary-period"
                value={period}
                checked={choice.period === period}
                onChange={() => onChange({ period })}
              />
              {t(`period_${period}`)}
            </label>
          ))}
        </div>
        {choice.period === 'custom' && (
          <div class="custom-days">
            <label>
              {t('summaryStart')}
              <input
                type="date"
                value={choice.start ?? ''}
                max={today}
                aria-invalid={wrong}
                aria-describedby="range-problem"
                onChange={(e) => onChange({ start: e.currentTarget.value })}
              />
            </label>
            <label>
              {t('summaryEnd')}
              <input
                type="date"
                value={choice.end ?? ''}
                aria-invalid={wrong}
                aria-describedby="range-problem"
                onChange={(e) => onChange({ end: e.currentTarget.value })}
              />
            </label>
          </div>
        )}
        <p id="range-problem" role="status" class={wrong ? 'status status-error' : 'status'}>
          {choice.period === 'custom' && problem ? problemText(problem) : ''}
        </p>
      </fieldset>
    </div>
  );
}
