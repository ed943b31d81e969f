import { useEffect, useRef, useState } from 'preact/hooks';
import { NeedPicker } from '@/components/NeedPicker';
import { ScaleInput } from '@/components/ScaleInput';
import { t } from '@/lib/i18n';
import { journalErrorText, changeEntry } from '@/lib/journal/door';
import type { Entry, Need } from '@/lib/journal/entry/types';
import { parseTags } from '@/lib/journal/entry/tags';

interface Props {
  entry: Entry;
  /** Unique per place the entry is shown, for element ids. */
  scope: string;
  onDone(): void;
}

/**
 * Edits an entry in place. A failed save says why (journalErrorText) and keeps every word in
 * the editor; only a successful save closes it.
 */
export function EntryEditor({ entry, scope, onDone }: Props) {
  const [text, setText] = useState(entry.text);
  const [intensity, setIntensity] = useState<number | undefined>(entry.intensity);
  const [need, setNeed] = useState<Need | undefined>(entry.need);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const statusId = `edit-status-${scope}`;
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      await changeEntry(entry.id, { text, intensity, need, tags: parseTags(tags) });
      onDone();
    } catch (failure) {
      setError(journalErrorText(failure, text));
      setSaving(false);
    }
  }

  return (
    <form
      class="entry entry-editor stack"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
      aria-label={t('editEntryLabel')}
    >
      <label class="field">
        <span>{t('entryLabel')}</span>
        <textarea
          rows={5}
          value={text}
          aria-describedby={statusId}
          onInput={(e) => setText(e.currentTarget.value)}
          ref={box}
        />
      </label>
      <ScaleInput
        label={t('intensityLabel')}
        hint={t('intensityHint')}
        name={`intensity-${scope}`}
        value={intensity}
        onChange={setIntensity}
        clearable
      />
      <NeedPicker value={need} onChange={setNeed} />
      <label class="field">
        <span>{t('tagsLabel')}</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <p id={statusId} class={`status${error ? ' status-error' : ''}`} role="status">
        {error}
      </p>
      <div class="button-row">
        <button type="button" onClick={onDone}>
          {t('editCancel')}
        </button>
        <button type="submit" class="primary" aria-disabled={saving}>
          {saving ? t('saving') : t('editSave')}
        </button>
      </div>
    </form>
  );
}
