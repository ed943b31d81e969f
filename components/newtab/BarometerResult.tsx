import { t } from '@/lib/i18n';
import type { BarometerReading } from '@/lib/newtab/barometer';
import { CrisisLinks } from '../CrisisLinks';
import { CopyButton } from './CopyButton';
import { SafetyFirst } from './SafetyFirst';

/** What the barometer's answers lead to: support for asking directly, or gentle soothing. */
export function BarometerResult({
  reading,
  unsafe,
}: {
  reading: BarometerReading;
  unsafe: boolean;
}) {
  if (reading === 'incomplete') return null;
  if (reading === 'old-fear') {
    return (
      <div class="result">
        <h2 class="result-title">{t('barometerOldFearTitle')}</h2>
        <p>{t('barometerOldFearText')}</p>
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
