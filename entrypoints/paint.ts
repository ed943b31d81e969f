import { t, type MessageKey } from '@/lib/i18n';
import { applyThemeHint } from '@/lib/settings/firstPaint';

/**
 * The first paint of a page's static shell, run as a classic script at the end of its <body>
 * (before the module scripts, which the browser defers): fills each [data-i18n] element with
 * its translation and pins a chosen theme. Static HTML plus inline CSS paints with a blank page;
 * the app then replaces the shell with the same markup, live.
 */
export default defineUnlistedScript(() => {
  applyThemeHint();
  // The words' language, so a screen reader reads them in the right voice.
  document.documentElement.lang = t('langCode');
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
});
