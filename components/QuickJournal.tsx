import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { journalErrorText } from '@/lib/journal/errorText';
import { saveEntry } from '@/lib/journal/local';
import type { Need } from '@/lib/journal/schema';
import { parseTags } from '@/lib/journal/validate';
import type { DraftControls } from './hooks/useDraft';
import { NeedPicker } from './NeedPicker';
import { RecentEntries } from './RecentEntries';
import { ScaleInput } from './ScaleInput';

export interface QuickDraft {
  text: string;
  intensity?: number;
  need?: Need;
  tags: string;
}

export const EMPTY_DRAFT: QuickDraft = { text: '', tags: '' };

type Status = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

/**
 * The quick journal. Everything typed or chosen is a draft until Save succeeds: a failed save
 * (empty, too long, quota, aborted) says why in a kind sentence and leaves every word in place.
 */
export function QuickJournal({ draft }: { draft: DraftControls<QuickDraft> }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const value = draft.value;
  const update = (change: Partial<QuickDraft>) => {
    draft.set({ ...value, ...change });
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };

  async function save(event?: Event) {
    event?.preventDefault();
    if (status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    try {
      await saveEntry({
        kind: 'note',
        text: value.text,
        intensity: value.intensity,
        need: value.need,
        tags: parseTags(value.tags),
      });
      // The entry is safe; failing to forget the draft only means it is offered again.
      await draft.clear().catch(() => undefined);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: journalErrorText(error, value.text) });
    }
  }

  return (
    <div class="stack">
      <form class="stack" onSubmit={(e) => void save(e)} aria-describedby="journal-prompt">
        <div id="journal-prompt" class="prompt">
          <p>{t('journalPrompt')}</p>
          <p>{t('journalPromptNeed')}</p>
        </div>
        <label class="field">
          <span>{t('entryLabel')}</span>
          <textarea
            rows={5}
            value={value.text}
            aria-describedby="draft-hint save-status"
            onInput={(e) => update({ text: e.currentTarget.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
            }}
          />
        </label>
        <p class="hint" id="draft-hint">
          {t('draftHint')} {t('saveShortcut')}
        </p>
        <ScaleInput
          label={t('intensityLabel')}
          hint={t('intensityHint')}
          name="intensity"
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
        <button type="submit" class="primary" aria-disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('saving') : t('saveEntry')}
        </button>
        <p
          id="save-status"
          class={`status${status.kind === 'error' ? ' status-error' : ''}`}
          role="status"
        >
          {status.kind === 'saved' && t('saved')}
          {status.kind === 'error' && status.message}
        </p>
      </form>
      <RecentEntries />
    </div>
  );
}
