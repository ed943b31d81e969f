import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Need } from '@/lib/journal/entry/types';
import type { DraftControls } from '../hooks/useDraft';

export interface NoteDraft {
  text: string;
  need?: Need;
}

type Status = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

/**
 * The new tab's one-line note: Enter or Save puts it in the journal as a note. The draft lives
 * with the caller (it survives the tab closing); a failed save says why and keeps the words.
 */
export function NoteBox({ draft }: { draft: DraftControls<NoteDraft> }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function save(event: Event) {
    event.preventDefault();
    if (status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    const saved = draft.value;
    // The draft stays stored until the save has succeeded, whatever happens here.
    const problem = await import('./saveNote')
      .then(({ saveNote }) => saveNote(saved))
      .catch(() => t('error_generic'));
    if (problem) {
      setStatus({ kind: 'error', message: problem });
      return;
    }
    // Words typed while it saved stay in the box.
    await draft.settle(saved).catch(() => undefined);
    setStatus({ kind: 'saved' });
  }

  return (
    <form class="note-box" onSubmit={(e) => void save(e)}>
      <label class="note-label" for="newtab-note">
        {t('noteLabel')}
      </label>
      <div class="note-row">
        <input
          id="newtab-note"
          type="text"
          autocomplete="off"
          placeholder={t('notePlaceholder')}
          value={draft.value.text}
          aria-describedby="note-status"
          onInput={(e) => {
            draft.set({ ...draft.value, text: e.currentTarget.value });
            if (status.kind === 'saved' || status.kind === 'error') setStatus({ kind: 'idle' });
          }}
        />
        <button type="submit" class="primary">
          {status.kind === 'saving' ? t('saving') : t('noteSave')}
        </button>
      </div>
      <p
        id="note-status"
        role="status"
        class={`status${status.kind === 'error' ? ' status-error' : ''}`}
      >
        {status.kind === 'saved' && t('saved')}
        {status.kind === 'error' && status.message}
      </p>
    </form>
  );
}
