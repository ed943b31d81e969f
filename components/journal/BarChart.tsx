import { ChartFigure } from './ChartFigure';

export interface Bar {
  label: string;
  value: number;
}

interface Props {
  id: string;
  title: string;
  summary: string;
  bars: Bar[];
}

const ROW = 34;
const LABEL = 170;
const WIDTH = 640;

/** Horizontal bars, one labelled row each, with the number at the end of the bar. */
export function BarChart({ id, title, summary, bars }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const room = WIDTH - LABEL - 50;
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      width={WIDTH}
      height={bars.length * ROW + 8}
    >
      {bars.map((bar, i) => {
        const y = i * ROW + 4;
        const w = Math.max(2, (bar.value / max) * room);
        return (
          <g key={bar.label}>
            <text
              x={LABEL - 10}
              y={y + ROW / 2}
              class="chart-label"
              text-anchor="end"
              dominant-baseline="middle"
            >
              {bar.label}
            </text>
            <rect x={LABEL} y={y + 6} width={w} height={ROW - 12} rx={4} class="chart-bar" />
            <text x={LABEL + w + 8} y={y + ROW / 2} class="chart-value" dominant-baseline="middle">
              {bar.value}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
