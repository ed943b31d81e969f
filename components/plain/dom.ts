/**
 * A tiny element builder for plain-DOM views: the pause's overlay and the ride (no Preact
 * there: the pause's content script must stay within 14 kB, and the ride runs in the same
 * page world). Text goes in through textContent only, so nothing from a page or a draft can
 * ever become markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}
