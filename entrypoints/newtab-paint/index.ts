import { t } from '@/lib/i18n';
import { findReflection, pickReflection, reflectionId } from '@/lib/newtab/reflections';
import { applyThemeHint, readFirstPaintHints } from '@/lib/settings/firstPaint';
import { paintFirst } from './paintCard';

// Remembered in localStorage (synchronous) so the choice never waits on browser.storage.
const LAST_REFLECTION = 'steady:newtab-last';

function chooseReflection() {
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_REFLECTION);
  } catch {
    // No localStorage: any reflection will do.
  }
  const reflection = pickReflection(findReflection(last) ? last : null, Math.random);
  try {
    localStorage.setItem(LAST_REFLECTION, reflectionId(reflection));
  } catch {
    // Only costs a possible repeat next time.
  }
  return reflection;
}

/**
 * The new tab's first paint, as a classic script at the end of <body>: it runs before the
 * browser first paints (module scripts are deferred), so the card's words appear with the page.
 * It leaves the chosen reflection and mode on #root for the app, which replaces this DOM with
 * the same markup, live.
 */
export default defineUnlistedScript(() => {
  const hints = readFirstPaintHints();
  applyThemeHint(hints);
  document.title = t('newtabTitle');
  document.documentElement.lang = t('langCode');
  const root = document.getElementById('root')!;
  const reflection = chooseReflection();
  paintFirst(root, hints.newtabMode, reflection);
  root.dataset.reflection = reflectionId(reflection);
  root.dataset.mode = hints.newtabMode;
});
