import { t } from '@/lib/i18n';
import { EntrySummary } from '../EntrySummary';
import { useRecentEntries } from '../hooks/useRecentEntries';

/** The last few entries under the quick journal, and the way into the full journal. */
export function RecentEntries() {
  const { entries, failed, locked } = useRecentEntries(3);
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading" class="section-title">
        {t('recentHeading')}
      </h2>
      {failed && <p class="hint">{t('journalLoadError')}</p>}
      {locked && <p class="hint">{t('recentLocked')}</p>}
      {entries?.length === 0 && <p class="hint">{t('recentEmpty')}</p>}
      {entries && entries.length > 0 && (
        <ul class="entry-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <EntrySummary entry={entry} maxLength={140} />
            </li>
          ))}
        </ul>
      )}
      {/* A path, as in the footer: the prerendered popup has no extension id. */}
      <a href="/journal.html" target="_blank" rel="noreferrer">
        {t('openJournal')}
      </a>
    </section>
  );
}
