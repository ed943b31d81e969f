import { t } from '@/lib/i18n';
import { REMINDER } from '@/lib/exercises/reframes';
import { reflectionCopy } from '@/lib/newtab/copy';
import type { Reflection } from '@/lib/newtab/reflections';
import type { NewtabMode } from '@/lib/settings/schema';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The card as plain DOM, from bundled words only: no framework, no storage, no waiting. The
 * Preact app then replaces it in a single task with the same markup plus the interactive parts,
 * so what was painted does not move. Space for the note box is held open to the same end.
 */
export function paintFirst(root: HTMLElement, mode: NewtabMode, reflection: Reflection): void {
  const main = el('main', mode === 'minimal' ? 'newtab-main minimal' : 'newtab-main');
  if (mode === 'minimal') {
    main.append(el('h1', 'reminder', t(REMINDER)));
  } else {
    const copy = reflectionCopy(reflection);
    const card = el('section', 'card reflection');
    const words = el('div', 'card-words');
    words.append(el('h1', 'card-title', copy.title));
    for (const line of copy.lines) words.append(el('p', 'card-text', line));
    card.append(words);
    main.append(el('p', 'brand', t('extName')), el('div', 'note-box placeholder'), card);
  }
  root.replaceChildren(main);
}
