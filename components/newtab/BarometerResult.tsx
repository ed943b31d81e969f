import { t, type MessageKey } from '@/lib/i18n';
import type { BarometerReading } from '@/lib/newtab/barometer';
import { CrisisLinks } from '../CrisisLinks';
import { CopyButton } from './CopyButton';
import { SafetyFirst } from './SafetyFirst';

export const TITLES: Record<Exclude<BarometerReading, 'none'>, MessageKey> = {
  amiss: 'barometerAmissTitle',
  unclear: 'barometerUnclearTitle',
  'old-fear': 'barometerOldFearTitle',
};

/**
 * What the barometer's answers lead to: support for asking directly, "hard to tell yet", or
 * gentle soothing; the seed's pointer to therapy in each.
 */
export function BarometerResult({
  reading,
  unsafe,
}: {
  reading: BarometerReading;
  unsafe: boolean;
}) {
  if (reading === 'none') return null;
  if (reading !== 'amiss') {
    return (
      <div class="result">
        <h2 class="result-title">{t(TITLES[reading])}</h2>
        <p>{t(reading === 'unclear' ? 'barometerUnclearText' : 'barometerOldFearText')}</p>
        <p>{t('barometerTherapy')}</p>
      </div>
    );
  }
  if (unsafe) return <SafetyFirst />;
  const script = t('barometerScript');
  return (
    <div class="result result-amiss">
      <h2 class="result-title">{t('barometerAmissTitle')}</h2>
      <p>{t('barometerAmissText')}</p>
      <figure class="script">
        <figcaption>{t('barometerScriptLabel')}</figcaption>
        <blockquote>
          <p>{script}</p>
        </blockquote>
      </figure>
      <CopyButton text={script} />
      <p>{t('barometerTherapy')}</p>
      <CrisisLinks />
    </div>
  );
}
