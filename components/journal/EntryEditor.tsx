import { useEffect, useRef, useState } from 'preact/hooks';
import { NeedPicker } from '@/components/NeedPicker';
import { ScaleInput } from '@/components/ScaleInput';
import { useDraft, type DraftOptions } from '@/components/hooks/useDraft';
import { mergeText } from '@/lib/drafts/merge';
import { t } from '@/lib/i18n';
import { changeEntry, journalErrorText, keepBoth } from '@/lib/journal/door';
import type { Entry, Need } from '@/lib/journal/entry/types';
import { parseTags } from '@/lib/journal/entry/tags';
import { toJournalError } from '@/lib/journal/errors';

interface Props {
  entry: Entry;
  /** Unique per place the entry is shown, for element ids. */
  scope: string;
  onDone(): void;
}

/** An edit in progress, kept as a draft: `seen` is the entry's updatedAt when it began. */
interface EditDraft {
  text: string;
  tags: string;
  intensity?: number;
  need?: Need;
  seen: number;
}

export const editDraftName = (id: string) => `edit:${id}`;

function fromEntry(entry: Entry): EditDraft {
  return {
    text: entry.text,
    tags: entry.tags.join(', '),
    intensity: entry.intensity,
    need: entry.need,
    seen: entry.updatedAt,
  };
}

/**
 * The same edit open in two tabs: both sets of words are kept, never one dropped. A stored
 * draft that is still the entry as it was (no draft yet) adds nothing to what was typed.
 */
function editOptions(base: EditDraft): DraftOptions<EditDraft> {
  return {
    merge: (stored, typed) =>
      stored.text === base.text ? typed : { ...typed, text: mergeText(stored.text, typed.text) },
    remaining: () => undefined,
  };
}

const changed = (draft: EditDraft, entry: Entry) =>
  JSON.stringify({ ...draft, seen: 0 }) !== JSON.stringify({ ...fromEntry(entry), seen: 0 });

/**
 * Edits an entry in place. Like every other surface, what is typed is a draft from the first
 * key (it survives closing the tab: the journal reopens the edit). A failed save says why and
 * keeps every word; Escape or Cancel with changes asks first, and never while an IME is
 * composing. An entry changed in another tab meanwhile is not overwritten: this edit is kept as
 * an entry of its own beside it, and the editor says so.
 */
export function EntryEditor({ entry, scope, onDone }: Props) {
  const empty = useRef(fromEntry(entry)).current;
  const options = useRef(editOptions(empty)).current;
  const draft = useDraft<EditDraft>(editDraftName(entry.id), empty, options);
  const value = draft.value;
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [asking, setAsking] = useState(false);
  const [saving, setSaving] = useState(false);
  const statusId = `edit-status-${scope}`;
  const box = useRef<HTMLTextAreaElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => box.current?.focus(), []);
  const asked = useRef(false);
  // The question takes the keyboard to "Keep editing"; going back puts it in the words again.
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (asked.current) box.current?.focus();
    asked.current = asking;
  }, [asking]);

  const update = (change: Partial<EditDraft>) => {
    draft.set({ ...value, ...change });
    if (error) setError('');
  };

  /** Leaves the editor; with unsaved changes, only after asking. */
  function leave() {
    if (!notice && changed(value, entry)) setAsking(true);
    else void draft.clear().then(onDone);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const patch = { text: value.text, intensity: value.intensity, need: value.need };
    const edit = { ...patch, tags: parseTags(value.tags) };
    try {
      await changeEntry(entry.id, edit, value.seen);
      await draft.clear();
      onDone();
    } catch (failure) {
      if (toJournalError(failure).reason === 'conflict') {
        try {
          await keepBoth(entry, edit);
          await draft.clear();
          setNotice(journalErrorText(failure));
        } catch (second) {
          setError(journalErrorText(second, value.text));
        }
      } else setError(journalErrorText(failure, value.text));
      setSaving(false);
    }
  }

  if (asking) {
    return (
      <div
        class="entry entry-editor confirm stack"
        role="group"
        aria-labelledby={`${statusId}-q`}
        onKeyDown={(e) => {
          // Escape again means "no, take me back", never "throw it away".
          if (e.key === 'Escape' && !e.isComposing) setAsking(false);
        }}
      >
        <p id={`${statusId}-q`} class="confirm-question">
          {t('editDiscardQuestion')}
        </p>
        <div class="button-row start">
          <button type="button" ref={keep} onClick={() => setAsking(false)}>
            {t('editKeepEditing')}
          </button>
          <button type="button" class="danger" onClick={() => void draft.clear().then(onDone)}>
            {t('editDiscard')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      class="entry entry-editor stack"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        // keyCode 229: a key an IME is still composing (Safari reports it without isComposing).
        if (e.key !== 'Escape' || e.isComposing || e.keyCode === 229) return;
        e.preventDefault();
        leave();
      }}
      aria-label={t('editEntryLabel')}
    >
      <label class="field">
        <span>{t('entryLabel')}</span>
        <textarea
          rows={5}
          value={value.text}
          aria-describedby={statusId}
          onInput={(e) => update({ text: e.currentTarget.value })}
          ref={box}
          readOnly={Boolean(notice)}
        />
      </label>
      <ScaleInput
        label={t('intensityLabel')}
        hint={t('intensityHint')}
        name={`intensity-${scope}`}
        value={value.intensity}
        onChange={(intensity) => update({ intensity })}
        clearable
      />
      <NeedPicker value={value.need} onChange={(need) => update({ need })} />
      <label class="field">
        <span>{t('tagsLabel')}</span>
        <input
          type="text"
          value={value.tags}
          onInput={(e) => update({ tags: e.currentTarget.value })}
        />
      </label>
      <p id={statusId} class={`status${error ? ' status-error' : ''}`} role="status">
        {error || notice}
      </p>
      <div class="button-row">
        <button type="button" onClick={leave}>
          {notice ? t('editClose') : t('editCancel')}
        </button>
        {!notice && (
          <button type="submit" class="primary" aria-disabled={saving}>
            {saving ? t('saving') : t('editSave')}
          </button>
        )}
      </div>
    </form>
  );
}
