import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** "Is something actually amiss?": the barometer check, offered from the Reframe tab. */
export function ReframeBarometer() {
  const [Check, setCheck] = useState<ComponentType>();
  if (Check) return <Check />;
  return (
    <button
      type="button"
      class="link-button"
      onClick={() => void import('./BarometerOnTap').then((m) => setCheck(() => m.BarometerOnTap))}
    >
      {t('barometerOffer')}
    </button>
  );
}
