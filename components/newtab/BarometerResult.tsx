import { t } from '@/lib/i18n';
import type { BarometerReading } from '@/lib/newtab/barometer';
import { CrisisLinks } from '../CrisisLinks';
import { CopyButton } from './CopyButton';

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
      <div class="result" role="status">
        <h2 class="result-title">{t('barometerOldFearTitle')}</h2>
        <p>{t('barometerOldFearText')}</p>
      </div>
    );
  }
  const script = t('barometerScript');
  return (
    <div class="result result-amiss" role="status">
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
      {unsafe && <p class="result-unsafe">{t('barometerUnsafe')}</p>}
      <CrisisLinks />
    </div>
  );
}
