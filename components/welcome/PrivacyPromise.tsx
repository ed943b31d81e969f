import { t } from '@/lib/i18n';
import { StoredList } from '../StoredList';

/** First, before any choice: what Steady keeps, where, and that none of it leaves the device. */
export function PrivacyPromise() {
  return (
    <section class="card" aria-labelledby="welcome-privacy">
      <h2 id="welcome-privacy">{t('welcomePrivacyHeading')}</h2>
      <p>{t('privacyPromise')}</p>
      <StoredList />
    </section>
  );
}
