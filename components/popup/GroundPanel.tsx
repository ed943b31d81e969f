import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { GROUNDING_STEPS, splitItems } from '@/lib/exercises/grounding';
import { mergeText } from '@/lib/drafts/merge';
import { journal } from '../journalDoor';
import { useDraft, type DraftOptions } from '../hooks/useDraft';

/** Where the user is in the exercise and what they typed at each step: kept like any draft. */
interface GroundDraft {
  index: number;
  typed: string[];
}

const EMPTY: GroundDraft = { index: 0, typed: GROUNDING_STEPS.map(() => '') };

const GROUND_DRAFT_OPTIONS: DraftOptions<GroundDraft> = {
  merge: (stored, typed) => ({
    index: Math.max(stored.index, typed.index),
    typed: EMPTY.typed.map((_, i) => mergeText(stored.typed[i] ?? '', typed.typed[i] ?? '')),
  }),
  remaining: () => undefined,
};

/**
 * 5-4-3-2-1, one step at a time. Typing is optional and Next always works; focus moves to the
 * new step's text box (labelled with the step), so the whole exercise runs from the keyboard.
 */
export function GroundPanel() {
  // A popup closes the moment focus leaves it: the steps and the words survive that.
  const draft = useDraft<GroundDraft>('grounding', EMPTY, GROUND_DRAFT_OPTIONS);
  const { index, typed } = draft.value;
  const [finished, setFinished] = useState<{ status: string } | undefined>();
  const box = useRef<HTMLTextAreaElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // Only after the user moves between steps: opening the tab must not jump focus around.
    if (moved.current) (finished ? doneHeading.current : box.current)?.focus();
  }, [index, finished]);

  async function finish() {
    moved.current = true;
    setFinished({ status: '' });
    try {
      await (
        await journal()
      ).saveEntry({ kind: 'grounding', text: '', grounding: { steps: typed.map(splitItems) } });
      await draft.clear().catch(() => undefined);
      setFinished({ status: t('groundLogged') });
    } catch {
      setFinished({ status: t('groundLogFailed') });
    }
  }

  function go(to: number) {
    moved.current = true;
    draft.set({ ...draft.value, index: to });
  }

  if (finished) {
    return (
      <div class="stack">
        <h2 class="done-title" tabIndex={-1} ref={doneHeading}>
          {t('groundDone')}
        </h2>
        <p class="status" role="status">
          {finished.status}
        </p>
        <button
          type="button"
          class="primary"
          onClick={() => {
            void draft.clear();
            setFinished(undefined);
            moved.current = true;
          }}
        >
          {t('groundAgain')}
        </button>
      </div>
    );
  }

  const step = GROUNDING_STEPS[index] ?? GROUNDING_STEPS[0]!;
  const last = index === GROUNDING_STEPS.length - 1;
  return (
    <div class="stack">
      <p class="hint">{t('groundIntro')}</p>
      <p class="step-count" aria-live="polite">
        {t('groundStep', String(index + 1))}
      </p>
      <h2 class="step-title" id="ground-step">
        {t(`ground_${step.sense}` as MessageKey)}
      </h2>
      {step.hasSubstitute && (
        <p class="hint">{t(`groundSubstitute_${step.sense}` as MessageKey)}</p>
      )}
      <label class="field">
        <span>{t('groundItemsLabel')}</span>
        <textarea
          ref={box}
          rows={3}
          aria-describedby="ground-step"
          value={typed[index]}
          onInput={(e) => {
            const value = e.currentTarget.value;
            draft.set({ index, typed: typed.map((v, i) => (i === index ? value : v)) });
          }}
        />
      </label>
      <div class="button-row">
        {index > 0 && (
          <button type="button" onClick={() => go(index - 1)}>
            {t('groundBack')}
          </button>
        )}
        <button
          type="button"
          class="primary"
          onClick={() => (last ? void finish() : go(index + 1))}
        >
          {t(last ? 'groundFinish' : 'groundNext')}
        </button>
      </div>
    </div>
  );
}
