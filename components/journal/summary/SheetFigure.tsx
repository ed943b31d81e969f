import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  /** The id of the words that say what the picture shows (its text equivalent). */
  describedBy: string;
  width: number;
  height: number;
  children: ComponentChildren;
  /** The text equivalent, when the section's sentences do not already say all of it. */
  caption?: string;
}

/**
 * A small picture on the summary page: an <svg role="img"> named by its title and described
 * by words that say everything it shows, so a screen reader, a black-and-white print and a
 * copied text lose nothing.
 */
export function SheetFigure({ id, title, describedBy, width, height, children, caption }: Props) {
  return (
    <figure class="sheet-figure" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} class="sheet-figure-title">
        {title}
      </p>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={describedBy}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMid meet"
        class="sheet-svg"
      >
        {children}
      </svg>
      {caption && (
        <figcaption id={describedBy} class="sheet-caption">
          {caption}
        </figcaption>
      )}
    </figure>
  );
}
