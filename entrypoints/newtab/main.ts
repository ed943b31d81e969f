import '@/components/styles/base.css';
import './newtab.css';
import { t } from '@/lib/i18n';
import { findReflection, pickReflection, reflectionId } from '@/lib/newtab/reflections';
import { applyThemeHint, readFirstPaintHints } from '@/lib/settings/firstPaint';
import { paintFirst } from './firstPaint';

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

const hints = readFirstPaintHints();
applyThemeHint(hints);
document.title = t('newtabTitle');
const root = document.getElementById('root')!;
const reflection = chooseReflection();
paintFirst(root, hints.newtabMode, reflection);

// The interactive card follows; it is a separate chunk so the first paint does not wait for it.
void import('./app').then(({ mountApp }) => mountApp(root, hints.newtabMode, reflection));
