import { t } from '@/lib/i18n';
import { applyLanguage } from '@/lib/locale';
import { findReflection, pickReflection, reflectionId } from '@/lib/newtab/reflections';
import { variantOf } from '@/lib/newtab/variant';
import { TEXT_MARK, templateId } from '@/lib/prerender/marks';
import { startAppAfterPaint } from '@/lib/prerender/startApp';
import { translate } from '@/lib/prerender/translate';
import { applyThemeHint, readFirstPaintHints } from '@/lib/settings/firstPaint';

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
 * browser first paints (module scripts wait for parsing to end), so the card is in the first
 * frame. The page holds its first view prerendered at build time (scripts/prerender/): the
 * default card in #root, and one <template> per other kind of card and for the minimal page.
 * This picks the reflection, swaps in its variant, gives a reframe its own line and puts the
 * words in the browser's language. Once that has painted it starts the app, which hydrates
 * exactly this DOM with the choice it finds on #root (lib/prerender/startApp.ts says why it
 * waits).
 */
export default defineUnlistedScript(() => {
  const root = document.getElementById('root');
  try {
    if (!root) return;
    const hints = readFirstPaintHints();
    applyThemeHint(hints);
    document.title = t('newtabTitle');
    applyLanguage();
    const reflection = chooseReflection();
    root.dataset.reflection = reflectionId(reflection);
    root.dataset.mode = hints.newtabMode;
    if (!root.firstChild) return; // not prerendered: the app renders it all
    const variant = document.getElementById(templateId(variantOf(hints.newtabMode, reflection)));
    if (variant instanceof HTMLTemplateElement) {
      const content = variant.content.cloneNode(true);
      // A card variant takes the default card's place; the minimal page takes the whole page's.
      const part = variant.dataset.replaces && root.querySelector(variant.dataset.replaces);
      if (part) part.replaceWith(content);
      else root.replaceChildren(content);
    }
    const line = root.querySelector<HTMLElement>('.card-text');
    if (reflection.kind === 'reframe' && hints.newtabMode === 'full' && line) {
      line.setAttribute(TEXT_MARK, reflection.key);
    }
    translate(root);
  } finally {
    if (root) root.dataset.painted = ''; // shows it (newtab.css)
    startAppAfterPaint();
  }
});
