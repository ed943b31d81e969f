import { useEffect, useState } from 'preact/hooks';
import { listCalmNotes, removeCalmNote, restoreCalmNote, type CalmNote } from '@/lib/calm/notes';
import { t } from '@/lib/i18n';
import { CalmNoteForm } from '../newtab/CalmNoteForm';

/** The notes from calm you that new tabs show: read, add and remove them here. */
export function CalmNotesSection() {
  const [notes, setNotes] = useState<CalmNote[]>();
  const [removed, setRemoved] = useState<CalmNote>();
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
                onClick={() =>
                  void removeCalmNote(note.id).then(() => {
                    setRemoved(note);
                    reload();
                  })
                }
              >
                {t('optionsCalmRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="status" class="undo-row">
        {removed && (
          <>
            <span>{t('calmRemoved')}</span>
            <button
              type="button"
              onClick={() =>
                void restoreCalmNote(removed).then(() => {
                  setRemoved(undefined);
                  reload();
                })
              }
            >
              {t('calmUndo')}
            </button>
          </>
        )}
      </div>
      <CalmNoteForm onSaved={reload} />
    </section>
  );
}
