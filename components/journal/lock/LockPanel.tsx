import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { LockStatus } from '@/lib/journal/door';
import { LockSettings } from './LockSettings';
import { TurnOnForm } from './TurnOnForm';

/** Data → Privacy lock: what it does and what stays readable, and turning it on or off. */
export function LockPanel({ status, onChange }: { status: LockStatus; onChange(): void }) {
  const [starting, setStarting] = useState(false);
  return (
    <section class="card stack" aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t('lockHeading')}</h2>
      {status.state === 'off' ? (
        <>
          <p>{t('lockIntro')}</p>
          <p class="hint">{t('lockWhatStays')}</p>
          {starting ? (
            <TurnOnForm
              onDone={() => {
                setStarting(false);
                onChange();
              }}
              onCancel={() => setStarting(false)}
            />
          ) : (
            <div class="button-row start">
              <button type="button" onClick={() => setStarting(true)}>
                {t('lockStart')}
              </button>
            </div>
          )}
        </>
      ) : (
        <LockSettings status={status} onChange={onChange} />
      )}
    </section>
  );
}
