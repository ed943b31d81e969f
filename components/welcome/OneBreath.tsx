import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

type Step = 'ready' | 'in' | 'out' | 'done';

/** One slow breath: 4 seconds in, 6 out (a longer breath out helps the body settle). */
export const ONE_BREATH = { in: 4_000, out: 6_000 } as const;

const CUE: Record<Exclude<Step, 'ready'>, Parameters<typeof t>[0]> = {
  in: 'pauseBreatheIn',
  out: 'pauseBreatheOut',
  done: 'welcomeBreathDone',
};

/** One breath together, started by the person, never by the page; it can be skipped. */
export function OneBreath() {
  const [step, setStep] = useState<Step>('ready');
  useEffect(() => {
    if (step === 'in') {
      const timer = setTimeout(() => setStep('out'), ONE_BREATH.in);
      return () => clearTimeout(timer);
    }
    if (step === 'out') {
      const timer = setTimeout(() => setStep('done'), ONE_BREATH.out);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [step]);

  return (
    <section class="card" aria-labelledby="welcome-breath">
      <h2 id="welcome-breath">{t('welcomeBreathHeading')}</h2>
      <p>{t('welcomeBreathText')}</p>
      <div class={`one-breath one-breath-${step}`} aria-hidden="true" />
      <p class="one-breath-cue" aria-live="polite">
        {step === 'ready' ? '' : t(CUE[step])}
      </p>
      {(step === 'ready' || step === 'done') && (
        <div class="button-row">
          <button type="button" class="primary" onClick={() => setStep('in')}>
            {t(step === 'ready' ? 'welcomeBreathStart' : 'welcomeBreathAgain')}
          </button>
        </div>
      )}
    </section>
  );
}
