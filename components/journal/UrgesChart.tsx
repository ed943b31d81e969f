import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { allRides, onJournalChanged } from '@/lib/journal/door';
import { MIN_RIDES, easeSummary } from '@/lib/urges/ease';
import { easeWords } from '@/lib/urges/words';
import { RIDE_MINUTES, curveOf, type Ride } from '@/lib/urges/ride';
import { ChartFigure } from './ChartFigure';

const W = 640;
const H = 260;
const PAD = { left: 40, right: 16, top: 12, bottom: 40 };
/** The picture shows the newest rides; older ones are in the numbers. */
const MAX_LINES = 30;

/**
 * "Urges over time": the person's own rides laid over each other, strength against minutes
 * from the start, with the typical time to ease marked. Shown from MIN_RIDES rides on. Read
 * on its own (rides are a store of their own), and again when the journal changes.
 */
export function UrgesChart() {
  const [rides, setRides] = useState<Ride[]>();
  useEffect(() => {
    const load = () => void allRides().then(setRides, () => setRides([]));
    load();
    return onJournalChanged(load);
  }, []);
  if (!rides || rides.length < MIN_RIDES) return null;
  const summary = easeSummary(rides);
  const shown = rides.slice(-MAX_LINES);
  const curves = shown.map(curveOf);
  const span = Math.max(RIDE_MINUTES, ...curves.map((c) => Math.ceil(c.at(-1)!.minute)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (minute: number) => PAD.left + (minute / span) * innerW;
  const y = (strength: number) => PAD.top + innerH - (strength / 10) * innerH;
  const ticks = [0, 5, 10, 15, 20, 30, 45, 60].filter((m) => m <= span);
  return (
    <ChartFigure
      id="chart-urges"
      title={t('chartUrgesTitle')}
      summary={easeWords(summary)}
      width={W}
      height={H}
    >
      {[0, 5, 10].map((v) => (
        <g key={`y${v}`}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="chart-grid" />
          <text
            x={PAD.left - 8}
            y={y(v)}
            class="chart-label"
            text-anchor="end"
            dominant-baseline="middle"
          >
            {v}
          </text>
        </g>
      ))}
      {ticks.map((m) => (
        <text key={`x${m}`} x={x(m)} y={H - 18} class="chart-label" text-anchor="middle">
          {m}
        </text>
      ))}
      <text x={W - PAD.right} y={H - 2} class="chart-label" text-anchor="end">
        {t('chartUrgesMinutes')}
      </text>
      {summary.typicalMinutes !== undefined && (
        <line
          x1={x(summary.typicalMinutes)}
          x2={x(summary.typicalMinutes)}
          y1={PAD.top}
          y2={PAD.top + innerH}
          class="chart-typical"
        />
      )}
      {curves.map((curve, i) => (
        <path
          key={shown[i]!.id}
          d={curve
            .map((p, j) => `${j ? 'L' : 'M'}${x(p.minute).toFixed(1)},${y(p.strength).toFixed(1)}`)
            .join(' ')}
          class={i === curves.length - 1 ? 'chart-line' : 'chart-line chart-line-faint'}
        />
      ))}
    </ChartFigure>
  );
}
