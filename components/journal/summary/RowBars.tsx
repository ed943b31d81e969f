interface Props {
  rows: { label: string; value: number }[];
}

export const ROW_H = 26;
export const ROWS_W = 640;
const LABEL = 190;

/** Level bars, one labelled row each, the number at the bar's end (readable without colour). */
export function RowBars({ rows }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const room = ROWS_W - LABEL - 48;
  return (
    <>
      {rows.map((row, i) => {
        const y = i * ROW_H + 2;
        const w = Math.max(2, (row.value / max) * room);
        return (
          <g key={row.label}>
            <text
              x={LABEL - 10}
              y={y + ROW_H / 2}
              text-anchor="end"
              dominant-baseline="middle"
              class="sheet-label"
            >
              {row.label}
            </text>
            <rect x={LABEL} y={y + 5} width={w} height={ROW_H - 10} class="sheet-bar" />
            <text
              x={LABEL + w + 8}
              y={y + ROW_H / 2}
              dominant-baseline="middle"
              class="sheet-label"
            >
              {row.value}
            </text>
          </g>
        );
      })}
    </>
  );
}
