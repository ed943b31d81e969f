import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  /** The chart in words: read by screen readers as the picture's description, and shown. */
  summary: string;
  width: number;
  height: number;
  children: ComponentChildren;
}

/** A chart as an accessible picture: <svg role="img"> named by its title and described in words. */
export function ChartFigure({ id, title, summary, width, height, children }: Props) {
  return (
    <figure class="chart card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        class="chart-svg"
      >
        {children}
      </svg>
      <figcaption id={`${id}-summary`} class="chart-summary">
        {summary}
      </figcaption>
    </figure>
  );
}
