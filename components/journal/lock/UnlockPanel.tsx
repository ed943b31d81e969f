import { useEffect, useRef, useState } from 'preact/hooks';
import { journalErrorText, unlockJournal, warmSearch } from '@/lib/journal/door';
import { t } from '@/lib/i18n';
import { DeleteAllPanel } from '../DeleteAllPanel';
import { PasscodeField } from './PasscodeField';
import { unlockRefusal } from './unlockText';

/**
 * The journal, search and Patterns behind the passcode. Saving never waits for this: the
 * popup, the new tab and the pause keep sealing new words while the journal is locked.
 */
export function UnlockPanel({ onUnlocked }: { onUnlocked(): void }) {
  const [passcode, setPasscode] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLDivElement>(null);
  useEffect(() => input.current?.querySelector('input')?.focus(), []);

  async function unlock(event: Event) {
    event.preventDefault();
    if (!passcode || busy) return;
    setBusy(true);
    setMessage('');
    try {
      const outcome = await unlockJournal(passcode);
      if (outcome.ok) {
        setPasscode('');
        // Opening every entry for search takes a few seconds at 10,000: start while idle now,
        // so it is ready by the time a search is typed.
        warmSearch();
        onUnlocked();
        return;
      }
      setMessage(unlockRefusal(outcome));
    } catch (error) {
      setMessage(journalErrorText(error));
    } finally {
      setBusy(false);
    }
    input.current?.querySelector('input')?.select();
  }

  return (
    <section class="card stack unlock" aria-labelledby="unlock-heading">
      <h2 id="unlock-heading">{t('lockUnlockHeading')}</h2>
      <p id="unlock-intro">{t('lockUnlockIntro')}</p>
      <form class="stack" onSubmit={(e) => void unlock(e)}>
        <div ref={input}>
          <PasscodeField
            id="unlock-passcode"
            label={t('lockPasscode')}
            value={passcode}
            onInput={setPasscode}
            autocomplete="current-password"
            invalid={!!message}
            describedBy={message ? 'unlock-status' : 'unlock-intro'}
          />
        </div>
        <div class="button-row start">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('lockUnlocking') : t('lockUnlock')}
          </button>
        </div>
        <p id="unlock-status" class={`status${message ? ' status-error' : ''}`} role="alert">
          {message}
        </p>
      </form>
      <details class="forgot">
        <summary>{t('lockForgot')}</summary>
        <p>{t('lockForgotText')}</p>
        <DeleteAllPanel canExport={false} />
      </details>
    </section>
  );
}
