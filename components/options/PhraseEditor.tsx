import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { DEFAULT_PHRASES } from '@/lib/pause/phrases';
import { effectivePhrases, phraseEdits } from '@/lib/pause/phraseList';
import type { PauseSectionProps } from './PauseSection';

/** The words that make Steady pause, edited as one list; stored as edits to the defaults. */
export function PhraseEditor({ pause, change }: PauseSectionProps) {
  const current = effectivePhrases(pause.phrases).join('\n');
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);

  const save = (list: readonly string[]) => void change({ phrases: phraseEdits(list) });

  return (
    <div class="stack">
      <label class="field">
        <span>{t('optionsPausePhrases')}</span>
        <textarea
          rows={8}
          value={text}
          aria-describedby="phrases-help"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <p class="hint" id="phrases-help">
        {t('optionsPausePhrasesHelp')}
      </p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => save(text.split('\n'))}>
          {t('optionsPausePhrasesSave')}
        </button>
        <button type="button" onClick={() => save(DEFAULT_PHRASES)}>
          {t('optionsPausePhrasesReset')}
        </button>
      </div>
    </div>
  );
}
