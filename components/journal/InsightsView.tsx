import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { whatToShow, type Insights } from '@/lib/journal/insights';
import { readPatterns } from '@/lib/journal/door';
import { BarChart } from './BarChart';
import { HoursChart } from './HoursChart';
import { IntensityChart } from './IntensityChart';
import { PausesChart } from './PausesChart';
import { UrgesChart } from './UrgesChart';

/**
 * Patterns as pictures, read from the whole journal only when this view is opened. A picture
 * appears only with enough behind it to say something; before that, a kind word instead.
 */
export function InsightsView() {
  const [insights, setInsights] = useState<Insights | 'failed'>();
  useEffect(() => {
    void readPatterns().then(setInsights, () => setInsights('failed'));
  }, []);
  if (!insights) return <p class="hint">{t('loading')}</p>;
  if (insights === 'failed') return <p class="status status-error">{t('journalLoadError')}</p>;
  const show = whatToShow(insights);
  if (!show.any) {
    return (
      <div class="card empty-insights">
        <h2>{t('insightsEmptyTitle')}</h2>
        <p>{t('insightsEmpty')}</p>
        <UrgesChart />
      </div>
    );
  }
  const needs = [...insights.needs].sort((a, b) => b.count - a.count);
  const top = needs[0]!;
  return (
    <div class="stack insights">
      <p class="hint">{t('insightsIntro')}</p>
      {show.intensity && <IntensityChart points={insights.intensity} />}
      {show.needs && (
        <BarChart
          id="chart-needs"
          title={t('chartNeedsTitle')}
          summary={t('chartNeedsSummary', [
            t(`need_${top.need}` as MessageKey),
            plural('timesCount', top.count),
          ])}
          bars={insights.needs.map(({ need, count }) => ({
            label: t(`need_${need}` as MessageKey),
            value: count,
          }))}
        />
      )}
      {show.hours && <HoursChart hours={insights.hours} />}
      {show.pauses && (
        <PausesChart outcomes={insights.pauseOutcomes} revisits={insights.revisits} />
      )}
      <UrgesChart />
      <p class="hint">{t('insightsNoScore')}</p>
    </div>
  );
}
