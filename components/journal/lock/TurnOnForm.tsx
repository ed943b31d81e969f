import { useState } from 'preact/hooks';
import { journalErrorText, turnOnLock, type PassProgress } from '@/lib/journal/door';
import { t } from '@/lib/i18n';
import { exportJournal } from '../download';
import { PasscodeField } from './PasscodeField';
import { ProgressLine } from './ProgressLine';

const MIN_LENGTH = 6;

/** Turning the lock on: a passcode twice, what a lost one means, and an export first. */
export function TurnOnForm({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [problem, setProblem] = useState('');
  const [progress, setProgress] = useState<PassProgress>();
  const busy = progress !== undefined;

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (first.length < MIN_LENGTH) return setProblem(t('lockTooShort', String(MIN_LENGTH)));
    if (first !== second) return setProblem(t('lockMismatch'));
    if (!understood) return setProblem(t('lockUnderstandFirst'));
    setProblem('');
    setProgress({ done: 0, total: 0 });
    try {
      await turnOnLock(first, setProgress);
      onDone();
    } catch (error) {
      setProblem(journalErrorText(error));
      setProgress(undefined);
    }
  }

  return (
    <form class="stack" onSubmit={(e) => void submit(e)} aria-describedby="lock-warning">
      <p id="lock-warning" class="warning">
        <strong>{t('lockWarning')}</strong>
      </p>
      <div class="button-row start">
        <button type="button" onClick={() => void exportJournal('json')}>
          {t('lockExportFirst')}
        </button>
      </div>
      <PasscodeField
        id="lock-new"
        label={t('lockNewPasscode')}
        value={first}
        onInput={setFirst}
        autocomplete="new-password"
        disabled={busy}
      />
      <PasscodeField
        id="lock-again"
        label={t('lockPasscodeAgain')}
        value={second}
        onInput={setSecond}
        autocomplete="new-password"
        disabled={busy}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={understood}
          disabled={busy}
          onChange={(e) => setUnderstood(e.currentTarget.checked)}
        />
        <span>{t('lockUnderstand')}</span>
      </label>
      <div class="button-row start">
        <button type="submit" class="primary" disabled={busy}>
          {t('lockTurnOn')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('lockCancel')}
        </button>
      </div>
      {progress && <ProgressLine progress={progress} label={t('lockSealing')} />}
      <p class={`status${problem ? ' status-error' : ''}`} role="alert">
        {problem}
      </p>
    </form>
  );
}
