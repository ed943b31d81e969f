import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useLazyComponent } from '../hooks/useLazyComponent';

const load = () => import('./BarometerOnTap').then((m) => m.BarometerCheck);

/** "Is something actually amiss?": the barometer check, offered from the Reframe tab. */
export function ReframeBarometer() {
  const [asked, setAsked] = useState(false);
  const Check = useLazyComponent(load, asked);
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that was pressed is gone: focus goes to what took its place.
  useEffect(() => heading.current?.focus(), [Boolean(Check)]);
  if (Check) {
    return (
      <section class="stack" aria-labelledby="popup-barometer">
        <h2 id="popup-barometer" class="step-title" tabIndex={-1} ref={heading}>
          {t('barometerTitle')}
        </h2>
        <p>{t('barometerIntro')}</p>
        <Check />
      </section>
    );
  }
  return (
    <button type="button" class="link-button" onClick={() => setAsked(true)}>
      {t('barometerOffer')}
    </button>
  );
}
