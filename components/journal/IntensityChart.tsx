import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import type { IntensityPoint } from '@/lib/journal/insights';
import { ChartFigure } from './ChartFigure';

const W = 640;
const H = 240;
const PAD = { left: 40, right: 16, top: 12, bottom: 36 };
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayFormat.format(new Date(y, m - 1, d));
}

function summary(points: IntensityPoint[]): string {
  const values = points.map((p) => p.average);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const last = points[points.length - 1]!;
  return t('chartIntensitySummary', [
    plural('daysCount', points.length),
    mean.toFixed(1),
    String(Math.min(...values)),
    String(Math.max(...values)),
    dayLabel(last.day),
    String(last.average),
  ]);
}

/** How strong the feelings were, day by day (the average of each day's ratings, 0–10). */
export function IntensityChart({ points }: { points: IntensityPoint[] }) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / 10) * innerH;
  const path = points
    .map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.average).toFixed(1)}`)
    .join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    <ChartFigure
      id="chart-intensity"
      title={t('chartIntensityTitle')}
      summary={summary(points)}
      width={W}
      height={H}
    >
      {[0, 5, 10].map((v) => (
        <g key={v}>
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
      <path d={path} class="chart-line" />
      {points.map((p, i) => (
        <circle key={p.day} cx={x(i)} cy={y(p.average)} r={4} class="chart-dot" />
      ))}
      <text x={PAD.left} y={H - 10} class="chart-label">
        {dayLabel(first.day)}
      </text>
      <text x={W - PAD.right} y={H - 10} class="chart-label" text-anchor="end">
        {dayLabel(last.day)}
      </text>
    </ChartFigure>
  );
}
