import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { REFRAMES, nextIndex } from '@/lib/exercises/reframes';
import { ReframeBarometer } from './ReframeBarometer';

/** One kinder reading at a time; "Another thought" steps through them and the new one is read out. */
export function ReframePanel() {
  const [index, setIndex] = useState(0);
  const key = REFRAMES[index] ?? REFRAMES[0]!;
  return (
    <div class="stack">
      <h2 class="step-title">{t('reframeHeading')}</h2>
      <blockquote class="reframe" aria-live="polite">
        <p>{t(key)}</p>
      </blockquote>
      <div class="button-row spread">
        <span class="hint">{t('reframeCount', [String(index + 1), String(REFRAMES.length)])}</span>
        <button type="button" onClick={() => setIndex((i) => nextIndex(i, REFRAMES.length))}>
          {t('reframeAnother')}
        </button>
      </div>
      <ReframeBarometer />
    </div>
  );
}
