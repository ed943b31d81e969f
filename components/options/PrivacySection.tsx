import { t } from '@/lib/i18n';

/** What is stored and where. */
export function PrivacySection() {
  return (
    <section class="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('optionsPrivacy')}</h2>
      <p>{t('optionsPrivacyText')}</p>
    </section>
  );
}
