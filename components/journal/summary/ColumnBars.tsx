interface Props {
  /** One value per column; undefined draws no bar (a day without a rating). */
  values: (number | undefined)[];
  /** The scale's top (10 for a rating); at least the largest value. */
  max?: number;
  /** Labels under some columns, by index. */
  labels: { index: number; text: string }[];
}

export const COLUMNS_W = 640;
export const COLUMNS_H = 130;
const PAD = { left: 8, right: 8, top: 8, bottom: 26 };

/**
 * Upright bars, one per day or hour, on a baseline. Hand-written like the journal's other
 * charts (see README): a few rectangles do not need a charting library.
 */
export function ColumnBars({ values, max, labels }: Props) {
  const top = Math.max(1, max ?? 0, ...values.map((v) => v ?? 0));
  const slot = (COLUMNS_W - PAD.left - PAD.right) / Math.max(1, values.length);
  const innerH = COLUMNS_H - PAD.top - PAD.bottom;
  const base = PAD.top + innerH;
  return (
    <>
      <line x1={PAD.left} x2={COLUMNS_W - PAD.right} y1={base} y2={base} class="sheet-axis" />
      {values.map((value, i) => {
        if (value === undefined) return null;
        // A zero still shows as a sliver, so "rated 0" differs from "not rated".
        const h = Math.max(2, (value / top) * innerH);
        const gap = Math.min(4, slot / 4);
        return (
          <rect
            key={i}
            x={PAD.left + i * slot + gap / 2}
            y={base - h}
            width={slot - gap}
            height={h}
            class="sheet-bar"
          />
        );
      })}
      {labels.map(({ index, text }) => {
        // The first and last labels hang inward, so the picture's edge never cuts them.
        const anchor = index === 0 ? 'start' : index === values.length - 1 ? 'end' : 'middle';
        const x = PAD.left + index * slot + { start: 0, middle: slot / 2, end: slot }[anchor];
        return (
          <text key={index} x={x} y={COLUMNS_H - 8} text-anchor={anchor} class="sheet-label">
            {text}
          </text>
        );
      })}
    </>
  );
}
