import { useEffect, useRef, useState } from 'preact/hooks';
import { EntrySummary } from '@/components/EntrySummary';
import { t } from '@/lib/i18n';
import type { Entry } from '@/lib/journal/entry/types';
import { siteById } from '@/lib/pause/sites';
import { hasStoredDraft } from '@/lib/drafts/store';
import { EntryEditor, editDraftName } from './EntryEditor';
import { RevisitPrompt } from './RevisitPrompt';

interface Props {
  entry: Entry;
  onDelete(entry: Entry): void;
  /** Open the revisit prompt even when already answered (the entry the page was opened for). */
  focused?: boolean;
}

/** One entry in the journal, with its actions: edit in place, delete, and revisit if unsent. */
export function EntryCard({ entry, onDelete, focused }: Props) {
  const [editing, setEditing] = useState(false);
  // An edit a closed tab left unsaved opens again, with its words.
  useEffect(() => {
    let live = true;
    void hasStoredDraft(editDraftName(entry.id)).then((left) => live && left && setEditing(true));
    return () => {
      live = false;
    };
  }, [entry.id]);
  const editButton = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  // Closing the editor (saved, cancelled, Escape) puts the keyboard back on Edit.
  useEffect(() => {
    if (editing || !returning.current) return;
    returning.current = false;
    editButton.current?.focus();
  }, [editing]);
  const stopEditing = () => {
    returning.current = true;
    setEditing(false);
  };
  // The focused entry also appears in the list below: its element ids must differ.
  const scope = focused ? `focused-${entry.id}` : entry.id;
  if (editing) return <EntryEditor entry={entry} scope={scope} onDone={stopEditing} />;
  // A preset's id ('whatsapp') is shown by its name ('WhatsApp Web'); a host name as it is.
  const site = entry.unsent && (siteById(entry.unsent.site)?.name ?? entry.unsent.site);
  return (
    <div class={`entry-card${focused ? ' focused' : ''}`} data-entry-id={entry.id}>
      <EntrySummary entry={entry} />
      {site && <p class="hint entry-site">{t('unsentSite', site)}</p>}
      {entry.kind === 'unsent' && <RevisitPrompt entry={entry} scope={scope} open={focused} />}
      <div class="entry-actions">
        <button type="button" ref={editButton} onClick={() => setEditing(true)}>
          {t('editEntry')}
        </button>
        <button type="button" onClick={() => onDelete(entry)}>
          {t('deleteEntry')}
        </button>
      </div>
    </div>
  );
}
