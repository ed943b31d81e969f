import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { journal } from '../journalDoor';
import { parseTags } from '@/lib/journal/entry/tags';
import type { DraftControls } from '../hooks/useDraft';
import type { QuickDraft } from './quickDraft';
import { NeedPicker } from '../NeedPicker';
import { RecentEntries } from './RecentEntries';
import { ScaleInput } from '../ScaleInput';

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
    // A message about the last save no longer describes what is in the box.
    if (status.kind === 'saved' || status.kind === 'error') setStatus({ kind: 'idle' });
  };

  async function save(event?: Event) {
    event?.preventDefault();
    if (status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    const saved = value;
    try {
      await (
        await journal()
      ).saveEntry({
        kind: 'note',
        text: saved.text,
        intensity: saved.intensity,
        need: saved.need,
        tags: parseTags(saved.tags),
      });
      // The entry is safe. Words typed while it saved stay in the box as the next draft; failing
      // to forget the saved ones only means they are offered again.
      await draft.settle(saved).catch(() => undefined);
      setStatus({ kind: 'saved' });
    } catch (error) {
      const message = await journal().then(
        (door) => door.journalErrorText(error, saved.text),
        () => t('error_generic'),
      );
      setStatus({ kind: 'error', message });
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
        {/* A span per message: the prerendered popup finds each again by its element. */}
        <p class="hint" id="draft-hint">
          <span>{t('draftHint')}</span> <span>{t('saveShortcut')}</span>
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
