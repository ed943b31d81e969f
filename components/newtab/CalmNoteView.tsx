import { useEffect, useState } from 'preact/hooks';
import { listCalmNotes, pickCalmNote, type CalmNote } from '@/lib/calm/notes';
import { t } from '@/lib/i18n';
import { CalmNoteForm } from './CalmNoteForm';

/**
 * One of the user's notes from calm days, or, with none yet, an invitation to write one.
 * Either way a new note can be written right here.
 */
export function CalmNoteView() {
  const [notes, setNotes] = useState<CalmNote[]>();
  const [shown, setShown] = useState<CalmNote>();
  const [writing, setWriting] = useState(false);
  const [kept, setKept] = useState(false);

  useEffect(() => {
    void listCalmNotes().then((list) => {
      setNotes(list);
      setShown(pickCalmNote(list, Math.random));
    });
  }, []);

  if (!notes) return null; // a moment, while the note is read from storage
  return (
    <div class="stack">
      {shown ? (
        <blockquote class="calm-note">
          <p>{shown.text}</p>
        </blockquote>
      ) : (
        <p>{t('calmInvite')}</p>
      )}
      <p class="hint" role="status">
        {kept ? t('calmSaved') : ''}
      </p>
      {shown && !writing ? (
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setKept(false);
            setWriting(true);
          }}
        >
          {t('calmWriteAnother')}
        </button>
      ) : (
        <CalmNoteForm
          onSaved={(note) => {
            // The note just kept is the one shown: proof it was kept, in the user's own words.
            setNotes([...notes, note]);
            setShown(note);
            setWriting(false);
            setKept(true);
          }}
        />
      )}
    </div>
  );
}
