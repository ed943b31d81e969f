import { t } from '@/lib/i18n';
import { CrisisLinks } from '../CrisisLinks';

/**
 * Crisis resources, the journal and settings: one click from the new tab, too. Paths, not full
 * addresses, as in the popup's footer (the prerendered page has no extension id).
 */
export function NewtabFooter() {
  return (
    <footer class="newtab-foot">
      <CrisisLinks />
      <nav class="footer-nav" aria-label={t('footerNavLabel')}>
        <a href="/journal.html">{t('footerJournal')}</a>
        <a href="/options.html">{t('footerSettings')}</a>
      </nav>
    </footer>
  );
}
