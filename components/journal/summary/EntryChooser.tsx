import type { Entry } from '@/lib/journal/entry/types';
import { t } from '@/lib/i18n';
import { entryLabel, momentWords } from '@/lib/journal/summary';

interface Props {
  entries: Entry[];
  chosen: ReadonlySet<string>;
  onToggle(id: string, on: boolean): void;
}

/**
 * The entries of the range, each shown in full beside its tick box: only what the person has
 * read here, and ticked, goes on the page.
 */
export function EntryChooser({ entries, chosen, onToggle }: Props) {
  return (
    <section class="card summary-choose" aria-labelledby="summary-choose-title">
      <h3 id="summary-choose-title">{t('summaryChooseHeading')}</h3>
      {entries.length === 0 ? (
        <p class="hint">{t('summaryChooseNone')}</p>
      ) : (
        <>
          <p class="hint">{t('summaryChooseHint')}</p>
          <p class="hint" role="status">
            {t('summaryChosenCount', String(chosen.size))}
          </p>
          <ul class="choose-list">
            {entries.map((entry) => (
              <li key={entry.id} class="choose-item">
                <input
                  type="checkbox"
                  id={`choose-${entry.id}`}
                  checked={chosen.has(entry.id)}
                  aria-describedby={`choose-${entry.id}-text`}
                  onChange={(e) => onToggle(entry.id, e.currentTarget.checked)}
                />
                <div class="choose-body">
                  <label for={`choose-${entry.id}`} class="choose-label">
                    {t('summaryChooseEntry', momentWords(entry.createdAt))}
                  </label>
                  <p class="hint">{entryLabel(entry, false)}</p>
                  <p id={`choose-${entry.id}-text`} class="choose-text">
                    {entry.text}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
