import { useState } from 'preact/hooks';
import { useDraft, type DraftControls, type DraftOptions } from '@/components/hooks/useDraft';
import { t } from '@/lib/i18n';
import { mergeText } from '@/lib/drafts/merge';
import {
  EMPTY_ANSWERS,
  MAX_ANSWER,
  PROMPTS,
  PROMPTS_DRAFT,
  type PromptAnswers,
} from '@/lib/journal/summary';

/** Two tabs with the same answers: each question keeps both versions' words, never one lost. */
const options: DraftOptions<PromptAnswers> = {
  merge: (stored, typed) => {
    const merged = { ...EMPTY_ANSWERS };
    for (const p of PROMPTS) merged[p] = mergeText(stored[p] ?? '', typed[p] ?? '');
    return merged;
  },
  // Never saved into the journal: the answers stay until the person clears them.
  remaining: (current) => current,
};

/** The answers, kept as a draft under `draft:session-prompts`. */
export function usePromptAnswers(): DraftControls<PromptAnswers> {
  return useDraft<PromptAnswers>(PROMPTS_DRAFT, EMPTY_ANSWERS, options);
}

/**
 * The seed's three questions, to think about before the session. Kept as a draft (the draft
 * store, written as one types and flushed when the page hides), so nothing typed is lost, and
 * cleared only when the person asks.
 */
export function PromptFields({ draft }: { draft: DraftControls<PromptAnswers> }) {
  const [cleared, setCleared] = useState(false);
  const any = PROMPTS.some((p) => (draft.value[p] ?? '').trim() !== '');
  return (
    <section class="card summary-prompts" aria-labelledby="summary-prompts-title">
      <h3 id="summary-prompts-title">{t('summaryPromptsHeading')}</h3>
      <p class="hint">{t('summaryPromptsHint')}</p>
      {PROMPTS.map((p) => (
        <label key={p} class="field">
          <span>{t(`prompt_${p}`)}</span>
          <textarea
            rows={3}
            maxLength={MAX_ANSWER}
            value={draft.value[p] ?? ''}
            onInput={(e) => {
              setCleared(false);
              draft.set({ ...draft.value, [p]: e.currentTarget.value });
            }}
          />
        </label>
      ))}
      <div class="row">
        <button
          type="button"
          disabled={!any}
          onClick={() => void draft.clear().then(() => setCleared(true))}
        >
          {t('summaryPromptsClear')}
        </button>
        <span role="status" class="hint">
          {cleared ? t('summaryPromptsCleared') : ''}
        </span>
      </div>
    </section>
  );
}
