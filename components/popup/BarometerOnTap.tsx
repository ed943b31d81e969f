import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { BarometerCheck } from '../newtab/BarometerCheck';

/**
 * The barometer check in the popup's Reframe tab, loaded only when it is asked for
 * (tests/build/size.test.ts counts parts named *OnTap as loaded on a tap, not on opening).
 */
export function BarometerOnTap() {
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that was pressed is gone: focus goes to what took its place.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="stack" aria-labelledby="popup-barometer">
      <h2 id="popup-barometer" class="step-title" tabIndex={-1} ref={heading}>
        {t('barometerTitle')}
      </h2>
      <p>{t('barometerIntro')}</p>
      <BarometerCheck />
    </section>
  );
}
