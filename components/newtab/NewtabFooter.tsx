import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { CrisisLinks } from '../CrisisLinks';

/** Crisis resources, the journal and settings: one click from the new tab, too. */
export function NewtabFooter() {
  return (
    <footer class="newtab-foot">
      <CrisisLinks />
      <nav class="footer-nav" aria-label={t('footerNavLabel')}>
        <a href={browser.runtime.getURL('/journal.html')}>{t('footerJournal')}</a>
        <a href={browser.runtime.getURL('/options.html')}>{t('footerSettings')}</a>
      </nav>
    </footer>
  );
}
