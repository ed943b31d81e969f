import type { Sheet, SessionSummary } from '@/lib/journal/summary';
import { SectionPicture } from './SectionPicture';

interface Props {
  sheet: Sheet;
  summary: SessionSummary;
}

/**
 * The page to bring, exactly as it prints (the print stylesheet shows only this) and as it
 * copies (sheetText of the same Sheet). Its section headings (h4) sit under the view's "Your page" (h3).
 */
export function SummarySheet({ sheet, summary }: Props) {
  return (
    <article class="summary-sheet" aria-labelledby="sheet-title">
      <header class="sheet-head">
        {/* Not a heading: the view's "Your page" is; this is the title the paper carries. */}
        <p id="sheet-title" class="sheet-title">
          {sheet.title}
        </p>
        <p class="sheet-days">{sheet.days}</p>
        <p class="sheet-made">{sheet.made}</p>
      </header>
      {sheet.sections.map((section) => {
        const sentencesId = `sheet-${section.id}-words`;
        return (
          <section
            key={section.id}
            class={`sheet-section sheet-${section.id}`}
            aria-labelledby={`sheet-${section.id}`}
          >
            <h4 id={`sheet-${section.id}`}>{section.heading}</h4>
            {section.sentences.length > 0 && <p id={sentencesId}>{section.sentences.join(' ')}</p>}
            <SectionPicture id={section.id} summary={summary} sentencesId={sentencesId} />
            {section.items?.map((item, i) => (
              <div key={i} class="sheet-item">
                <p class="sheet-item-label">{item.label}</p>
                <p class="sheet-item-text">{item.text}</p>
              </div>
            ))}
          </section>
        );
      })}
    </article>
  );
}
