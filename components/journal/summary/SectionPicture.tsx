import { t } from '@/lib/i18n';
import {
  dayWords,
  daysCaption,
  hourLabel,
  hoursCaption,
  needWords,
  type SectionId,
  type SessionSummary,
} from '@/lib/journal/summary';
import { COLUMNS_H, COLUMNS_W, ColumnBars } from './ColumnBars';
import { ROWS_W, ROW_H, RowBars } from './RowBars';
import { SheetFigure } from './SheetFigure';

interface Props {
  id: SectionId;
  summary: SessionSummary;
  /** The id of the section's sentences, which say what a picture without a caption shows. */
  sentencesId: string;
}

/** About five labels under a row of days, first and last always among them. */
function dayLabels(days: string[]) {
  const step = Math.max(1, Math.ceil(days.length / 5));
  return days
    .map((day, index) => ({ index, text: dayWords(day, false) }))
    .filter(({ index }) => index % step === 0 || index === days.length - 1)
    .filter(({ index }) => index === days.length - 1 || days.length - 1 - index >= step / 2);
}

/** The small picture a section carries, when there is something to draw. */
export function SectionPicture({ id, summary, sentencesId }: Props) {
  if (id === 'worry' && summary.intensity.ratings > 0) {
    return (
      <SheetFigure
        id="sheet-days"
        title={t('summaryDaysChartTitle')}
        describedBy="sheet-days-caption"
        caption={daysCaption(summary)}
        width={COLUMNS_W}
        height={COLUMNS_H}
      >
        <ColumnBars
          values={summary.days.map((d) => d.peak)}
          max={10}
          labels={dayLabels(summary.days.map((d) => d.day))}
        />
      </SheetFigure>
    );
  }
  if (id === 'hours' && summary.hours.some((h) => h > 0)) {
    return (
      <SheetFigure
        id="sheet-hours"
        title={t('chartHoursTitle')}
        describedBy="sheet-hours-caption"
        caption={hoursCaption(summary)}
        width={COLUMNS_W}
        height={COLUMNS_H}
      >
        <ColumnBars
          values={summary.hours.map((h) => (h > 0 ? h : undefined))}
          labels={[0, 6, 12, 18].map((hour) => ({ index: hour, text: hourLabel(hour) }))}
        />
      </SheetFigure>
    );
  }
  const needs = summary.needs.filter((n) => n.count > 0).sort((a, b) => b.count - a.count);
  if (id === 'needs' && needs.length > 0) {
    return (
      <SheetFigure
        id="sheet-needs"
        title={t('chartNeedsTitle')}
        describedBy={sentencesId}
        width={ROWS_W}
        height={needs.length * ROW_H + 4}
      >
        <RowBars rows={needs.map((n) => ({ label: needWords(n.need), value: n.count }))} />
      </SheetFigure>
    );
  }
  return null;
}
