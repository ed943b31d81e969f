import { t, type MessageKey } from '../i18n';
import {
  ATTRIBUTE_MARK,
  ATTRIBUTE_SEPARATOR,
  NAME_SEPARATOR,
  SUBSTITUTION_SEPARATOR,
  TEXT_MARK,
} from './marks';

/**
 * Puts a prerendered page's words (English in the built HTML, lib/prerender/marks.ts) into the
 * browser's language, in place, before the first paint. Words already right are not touched,
 * so an English page is not changed at all.
 */
export function translate(root: ParentNode): void {
  for (const element of root.querySelectorAll(`[${TEXT_MARK}]`)) {
    const [key, ...subs] = element.getAttribute(TEXT_MARK)!.split(SUBSTITUTION_SEPARATOR);
    const text = t(key as MessageKey, subs);
    if (element.textContent !== text) element.textContent = text;
  }
  for (const element of root.querySelectorAll(`[${ATTRIBUTE_MARK}]`)) {
    for (const pair of element.getAttribute(ATTRIBUTE_MARK)!.split(ATTRIBUTE_SEPARATOR)) {
      const [name, key] = pair.split(NAME_SEPARATOR) as [string, MessageKey];
      const text = t(key);
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
  }
}
