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

  // Two changes that cannot be undone from here ask once before they happen.
  const [confirming, setConfirming] = useState<'empty' | 'reset'>();
  const save = (list: readonly string[]) => {
    setConfirming(undefined);
    void change({ phrases: phraseEdits(list) });
  };
  const words = text.split('\n').filter((line) => line.trim());
  const isDefault = current === DEFAULT_PHRASES.join('\n');

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
      {confirming ? (
        <div class="confirm" role="alert">
          <p>{t(confirming === 'empty' ? 'phrasesConfirmEmpty' : 'phrasesConfirmReset')}</p>
          <div class="button-row">
            <button type="button" onClick={() => setConfirming(undefined)}>
              {t('phrasesKeepEditing')}
            </button>
            <button
              type="button"
              class="primary"
              onClick={() => save(confirming === 'empty' ? [] : DEFAULT_PHRASES)}
            >
              {t(confirming === 'empty' ? 'phrasesSaveEmpty' : 'phrasesRestore')}
            </button>
          </div>
        </div>
      ) : (
        <div class="button-row">
          <button
            type="button"
            class="primary"
            onClick={() => (words.length ? save(words) : setConfirming('empty'))}
          >
            {t('optionsPausePhrasesSave')}
          </button>
          <button
            type="button"
            onClick={() => (isDefault ? save(DEFAULT_PHRASES) : setConfirming('reset'))}
          >
            {t('optionsPausePhrasesReset')}
          </button>
        </div>
      )}
    </div>
  );
}
