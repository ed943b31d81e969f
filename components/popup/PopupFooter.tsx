import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { CrisisLinks } from '../CrisisLinks';
import { ShortcutHint } from '../ShortcutHint';

/** A quiet footer: help in a crisis, the journal, settings, and the keys that open Steady. */
export function PopupFooter() {
  return (
    <footer class="footer">
      <CrisisLinks />
      <nav class="footer-nav" aria-label={t('footerNavLabel')}>
        <a href={browser.runtime.getURL('/journal.html')} target="_blank" rel="noreferrer">
          {t('footerJournal')}
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('footerSettings')}
        </a>
      </nav>
      <ShortcutHint />
    </footer>
  );
}
