import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { findEntry, onJournalChanged } from '@/lib/journal/door';
import type { Entry } from '@/lib/journal/entry/types';
import { EntryCard } from './EntryCard';

interface Props {
  id: string;
  onDelete(entry: Entry): void;
  onClose(): void;
}

/**
 * The entry a link opened the page for (journal.html?entry=<id>, e.g. from the "Still want to
 * send it?" notification): shown first, scrolled to and focused, with the revisit prompt open.
 */
export function FocusedEntry({ id, onDelete, onClose }: Props) {
  const [entry, setEntry] = useState<Entry | null>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    const load = async () => {
      const found = await findEntry(id).catch(() => undefined);
      if (live) setEntry(found ?? null);
    };
    void load();
    const stop = onJournalChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [id]);
  const loaded = entry !== undefined;
  useEffect(() => {
    if (!loaded) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [loaded]);

  if (entry === undefined) return null;
  return (
    <section class="focused-entry stack" aria-labelledby="focused-heading">
      <h2 id="focused-heading" tabIndex={-1} ref={heading}>
        {t('focusedHeading')}
      </h2>
      {entry ? (
        <EntryCard entry={entry} onDelete={onDelete} focused />
      ) : (
        <p class="hint">{t('focusedMissing')}</p>
      )}
      <button type="button" class="link-button" onClick={onClose}>
        {t('focusedShowAll')}
      </button>
    </section>
  );
}
