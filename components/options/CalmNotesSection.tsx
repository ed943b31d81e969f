import { useEffect, useState } from 'preact/hooks';
import { listCalmNotes, removeCalmNote, type CalmNote } from '@/lib/calm/notes';
import { t } from '@/lib/i18n';
import { CalmNoteForm } from '../newtab/CalmNoteForm';

/** The notes from calm you that new tabs show: read, add and remove them here. */
export function CalmNotesSection() {
  const [notes, setNotes] = useState<CalmNote[]>();
  const reload = () => void listCalmNotes().then(setNotes);
  useEffect(reload, []);

  return (
    <section class="card" aria-labelledby="calm-heading">
      <h2 id="calm-heading">{t('calmTitle')}</h2>
      <p class="hint">{t('optionsCalmIntro')}</p>
      {notes?.length === 0 && <p>{t('optionsCalmEmpty')}</p>}
      {notes && notes.length > 0 && (
        <ul class="calm-list">
          {notes.map((note) => (
            <li key={note.id}>
              <p class="calm-text">{note.text}</p>
              <button
                type="button"
                aria-label={t('optionsCalmRemoveLabel', note.text.slice(0, 60))}
                onClick={() => void removeCalmNote(note.id).then(reload)}
              >
                {t('optionsCalmRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CalmNoteForm onSaved={reload} />
    </section>
  );
}
