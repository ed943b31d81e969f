import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { answerRevisit, journalErrorText } from '@/lib/journal/door';
import { REVISIT_ANSWERS, revisitAnswerLabel, type RevisitAnswer } from '@/lib/journal/labels';
import type { Entry } from '@/lib/journal/entry/types';
import { CopyButton } from './CopyButton';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * "Do you still want to send this?" for an unsent message. The answer is recorded on the entry
 * (unsent.revisit), so the insights can show how often the urge passed. Steady never sends:
 * copying the words is one click, and sending them is the user's own act.
 */
interface Props {
  entry: Entry;
  /** Unique per place the entry is shown, for element ids. */
  scope: string;
  /** Ask even when already answered (the entry the page was opened for). */
  open?: boolean;
}

export function RevisitPrompt({ entry, scope, open }: Props) {
  const answered = entry.unsent?.revisit;
  const [asking, setAsking] = useState(open || !answered);
  const [error, setError] = useState('');
  const headingId = `revisit-${scope}`;

  async function answer(choice: RevisitAnswer) {
    try {
      await answerRevisit(entry, choice);
      setError('');
      setAsking(false);
    } catch (failure) {
      setError(journalErrorText(failure));
    }
  }

  return (
    <section class="revisit" aria-labelledby={headingId}>
      <h3 id={headingId} class="revisit-question">
        {t('revisitQuestion')}
      </h3>
      {answered && !asking ? (
        <p class="revisit-answer">
          {t('revisitAnswered', [revisitAnswerLabel(answered.answer), when.format(answered.at)])}{' '}
          <button type="button" class="link-button" onClick={() => setAsking(true)}>
            {t('revisitChange')}
          </button>
        </p>
      ) : (
        <div class="revisit-choices" role="group" aria-labelledby={headingId}>
          {REVISIT_ANSWERS.map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={answered?.answer === choice}
              onClick={() => void answer(choice)}
            >
              {revisitAnswerLabel(choice)}
            </button>
          ))}
        </div>
      )}
      {answered?.answer === 'send' && <p class="hint">{t('revisitSendHint')}</p>}
      <CopyButton text={entry.text} />
      <p class={`status${error ? ' status-error' : ''}`} role="status">
        {error}
      </p>
    </section>
  );
}
