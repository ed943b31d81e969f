import { t } from '@/lib/i18n';
import { CrisisLinks } from '../CrisisLinks';
import { ShortcutHint } from '../ShortcutHint';

/**
 * A quiet footer: help in a crisis, the journal, settings, and the keys that open Steady. The
 * links are the extension's own paths, not runtime.getURL's full address, so the popup
 * prerendered at build time (which has no extension id) already holds them as the app has them.
 */
export function PopupFooter() {
  return (
    <footer class="footer">
      <CrisisLinks />
      <nav class="footer-nav" aria-label={t('footerNavLabel')}>
        <a href="/journal.html" target="_blank" rel="noreferrer">
          {t('footerJournal')}
        </a>
        <a href="/options.html" target="_blank" rel="noreferrer">
          {t('footerSettings')}
        </a>
      </nav>
      <ShortcutHint />
    </footer>
  );
}
