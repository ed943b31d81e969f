import { useState } from 'preact/hooks';
import {
  changePasscode,
  journalErrorText,
  lockJournal,
  setLockIdle,
  turnOffLock,
  type LockStatus,
  type PassProgress,
} from '@/lib/journal/door';
import { IDLE_CHOICES } from '@/lib/journal/lock/records';
import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { PasscodeField } from './PasscodeField';
import { ProgressLine } from './ProgressLine';
import { unlockRefusal } from './unlockText';

/** The lock is on and this page is unlocked: when it locks again, the passcode, turning it off. */
export function LockSettings({ status, onChange }: { status: LockStatus; onChange(): void }) {
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const [changing, setChanging] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [confirmOff, setConfirmOff] = useState(false);
  const [progress, setProgress] = useState<PassProgress>();
  const choices = IDLE_CHOICES.includes(status.idleMinutes as never)
    ? IDLE_CHOICES
    : [...IDLE_CHOICES, status.idleMinutes].sort((a, b) => a - b);

  async function idle(minutes: number) {
    try {
      await setLockIdle(minutes);
      setMessage({ error: false, text: t('lockIdleSaved') });
      onChange();
    } catch (error) {
      setMessage({ error: true, text: journalErrorText(error) });
    }
  }

  async function change(event: Event) {
    event.preventDefault();
    if (next.length < 6) return setMessage({ error: true, text: t('lockTooShort', '6') });
    if (next !== again) return setMessage({ error: true, text: t('lockMismatch') });
    try {
      const outcome = await changePasscode(current, next);
      if (!outcome.ok) return setMessage({ error: true, text: unlockRefusal(outcome) });
      setChanging(false);
      setCurrent('');
      setNext('');
      setAgain('');
      setMessage({ error: false, text: t('lockChanged') });
    } catch (error) {
      setMessage({ error: true, text: journalErrorText(error) });
    }
  }

  async function off() {
    setProgress({ done: 0, total: 0 });
    try {
      await turnOffLock(setProgress);
      onChange();
    } catch (error) {
      setMessage({ error: true, text: journalErrorText(error) });
    } finally {
      setProgress(undefined);
      setConfirmOff(false);
    }
  }

  return (
    <div class="stack">
      <p>{t('lockOnIntro')}</p>
      <label class="field">
        <span>{t('lockIdleLabel')}</span>
        <select
          value={String(status.idleMinutes)}
          onChange={(e) => void idle(Number(e.currentTarget.value))}
        >
          {choices.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {plural('lockIdleMinutes', minutes)}
            </option>
          ))}
        </select>
      </label>
      <div class="button-row start">
        <button type="button" class="primary" onClick={() => void lockJournal()}>
          {t('lockNow')}
        </button>
        <button type="button" aria-expanded={changing} onClick={() => setChanging(!changing)}>
          {t('lockChange')}
        </button>
        <button type="button" onClick={() => setConfirmOff(true)} disabled={!!progress}>
          {t('lockTurnOff')}
        </button>
      </div>
      {changing && (
        <form class="stack" onSubmit={(e) => void change(e)}>
          <PasscodeField
            id="lock-current"
            label={t('lockCurrentPasscode')}
            value={current}
            onInput={setCurrent}
            autocomplete="current-password"
          />
          <PasscodeField
            id="lock-next"
            label={t('lockNewPasscode')}
            value={next}
            onInput={setNext}
            autocomplete="new-password"
          />
          <PasscodeField
            id="lock-next-again"
            label={t('lockPasscodeAgain')}
            value={again}
            onInput={setAgain}
            autocomplete="new-password"
          />
          <div class="button-row start">
            <button type="submit" class="primary">
              {t('lockChangeSave')}
            </button>
          </div>
        </form>
      )}
      {confirmOff && (
        <div class="confirm stack" role="group" aria-labelledby="lock-off-question">
          <p id="lock-off-question" class="confirm-question">
            {t('lockOffQuestion')}
          </p>
          <div class="button-row start">
            <button type="button" class="danger" onClick={() => void off()} disabled={!!progress}>
              {t('lockOffConfirm')}
            </button>
            <button type="button" onClick={() => setConfirmOff(false)} disabled={!!progress}>
              {t('lockCancel')}
            </button>
          </div>
        </div>
      )}
      {progress && <ProgressLine progress={progress} label={t('lockOpening')} />}
      <p class={`status${message?.error ? ' status-error' : ''}`} role="status">
        {message?.text}
      </p>
    </div>
  );
}
