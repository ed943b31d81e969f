import { applyLanguage } from '@/lib/locale';
import { firstTab } from '@/lib/popup/firstView';
import { translate } from '@/lib/prerender/translate';
import { startAppAfterPaint } from '@/lib/prerender/startApp';
import { applyThemeHint } from '@/lib/settings/firstPaint';
import { selectTab } from './selectTab';

/**
 * The popup's first paint, as a classic script at the end of its <body>: it runs before the
 * browser first paints (module scripts wait for parsing to end), so what it sets is in the
 * first frame. The page holds the popup prerendered at build time in English on its default
 * tab (scripts/prerender/); this pins a chosen theme, puts the words in the browser's language
 * and opens the tab the app will open on. Then, once that has painted, it starts the app, which
 * hydrates exactly this DOM (lib/prerender/startApp.ts says why it waits).
 */
export default defineUnlistedScript(() => {
  const root = document.getElementById('app');
  try {
    applyThemeHint();
    // The words' language, so a screen reader reads them in the right voice.
    applyLanguage();
    if (!root?.firstChild) return; // not prerendered: the app renders it all
    translate(root);
    const tab = firstTab(location.search);
    if (tab !== 'breathe') selectTab(root, tab);
  } finally {
    if (root) root.dataset.painted = ''; // shows it (popup.css)
    startAppAfterPaint();
  }
});
