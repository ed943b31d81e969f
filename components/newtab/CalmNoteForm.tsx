import { useState } from 'preact/hooks';
import { addCalmNote, type CalmNote } from '@/lib/calm/notes';
import { t, type MessageKey } from '@/lib/i18n';

const PROBLEM_TEXT: Record<string, MessageKey> = {
  empty: 'calmError_empty',
  'too-long': 'calmError_tooLong',
  full: 'calmError_full',
  locked: 'calmError_locked',
};

/** Write a note to a future, harder day. A note that cannot be kept stays in the box. */
export function CalmNoteForm({ onSaved }: { onSaved(note: CalmNote): void }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ error: boolean; message: string }>();

  async function save(event: Event) {
    event.preventDefault();
    try {
      const note = await addCalmNote(text);
      setText('');
      setStatus({ error: false, message: t('calmSaved') });
      onSaved(note);
    } catch (error) {
      const key = PROBLEM_TEXT[error instanceof Error ? error.message : ''] ?? 'calmError_write';
      setStatus({ error: true, message: t(key) });
    }
  }

  return (
    <form class="stack" onSubmit={(e) => void save(e)}>
      <label class="field">
        <span>{t('calmLabel')}</span>
        <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('calmSave')}</button>
      <p class={`status${status?.error ? ' status-error' : ''}`} role="status">
        {status?.message ?? ''}
      </p>
    </form>
  );
}
