import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import type { Insights } from '@/lib/journal/insights';
import { BarChart } from './BarChart';

interface Props {
  outcomes: Insights['pauseOutcomes'];
  revisits: Insights['revisits'];
}

/** How pauses ended, and, of the unsent messages revisited, how often the urge had passed. */
export function PausesChart({ outcomes, revisits }: Props) {
  const pauses = outcomes.saved + outcomes.waited + outcomes.sent;
  const answered = revisits.passed + revisits.send + revisits.unsure;
  const sentences = [
    pauses > 0
      ? t('chartPausesSummary', [
          plural('pausesCount', pauses),
          String(outcomes.saved),
          String(outcomes.waited),
          String(outcomes.sent),
        ])
      : '',
    answered > 0
      ? t('chartRevisitSummary', [plural('unsentCount', answered), String(revisits.passed)])
      : '',
  ];
  return (
    <BarChart
      id="chart-pauses"
      title={t('chartPausesTitle')}
      summary={sentences.filter(Boolean).join(' ')}
      bars={[
        { label: t('pause_saved'), value: outcomes.saved },
        { label: t('pause_waited'), value: outcomes.waited },
        { label: t('pause_sent'), value: outcomes.sent },
        { label: t('chartUrgePassed'), value: revisits.passed },
      ]}
    />
  );
}
