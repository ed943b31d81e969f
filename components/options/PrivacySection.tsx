import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { CrisisLinks } from '../CrisisLinks';
import { StoredList } from '../StoredList';

/** What is stored and where, the way to take a copy or delete it all, and help in a crisis. */
export function PrivacySection() {
  return (
    <section class="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('optionsPrivacy')}</h2>
      <p>{t('privacyPromise')}</p>
      <StoredList />
      <p>{t('privacyDataText')}</p>
      <p>
        <a href={browser.runtime.getURL('/journal.html?view=data')}>{t('privacyDataLink')}</a>
      </p>
      <CrisisLinks />
    </section>
  );
}
