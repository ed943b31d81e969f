// The element finder behind the Firefox driver's locators (tests/e2e/support/firefox.ts). It runs
// inside the page, sent as source text: it must use nothing from outside its own body. It follows
// Playwright's rules closely enough that one page object reads the same in both browsers:
// getByRole skips hidden elements and names them as the accessibility tree would (for the markup
// Steady uses), getByText finds the smallest element holding the text, and strings match
// case-insensitively as a substring unless `exact`.

/**
 * @param {Array<Record<string, unknown>>} steps what to look for, from the document down
 * @returns {Element[]}
 */
export function locate(steps) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (value, want, exact) => {
    const text = norm(value);
    if (want && typeof want === 'object') return new RegExp(want.source, want.flags).test(text);
    return exact ? text === norm(want) : text.toLowerCase().includes(norm(want).toLowerCase());
  };
  const hidden = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e.hidden || e.getAttribute('aria-hidden') === 'true') return true;
      const style = getComputedStyle(e);
      if (style.display === 'none') return true;
    }
    return getComputedStyle(el).visibility === 'hidden';
  };
  const IMPLICIT = {
    button: 'button,input[type=button],input[type=submit],input[type=reset],summary',
    link: 'a[href]',
    textbox:
      'textarea,input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=url]',
    searchbox: 'input[type=search]',
    combobox: 'select:not([multiple])',
    radio: 'input[type=radio]',
    checkbox: 'input[type=checkbox]',
    heading: 'h1,h2,h3,h4,h5,h6',
    form: 'form',
    region: 'section[aria-label],section[aria-labelledby]',
    dialog: 'dialog',
    status: 'output',
    list: 'ul,ol',
    listitem: 'li',
    group: 'fieldset',
    img: 'img',
  };
  const roleOf = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0];
    return Object.keys(IMPLICIT).find((role) => el.matches(IMPLICIT[role])) ?? '';
  };
  const FROM_CONTENT =
    /^(button|link|tab|heading|switch|checkbox|radio|option|menuitem|cell|listitem|treeitem)$/;
  const nameOf = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) {
      return ids
        .split(/\s+/)
        .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
        .join(' ');
    }
    const label = el.getAttribute('aria-label');
    if (label) return label;
    if (el.labels?.length) return [...el.labels].map((l) => l.textContent).join(' ');
    if (el.localName === 'fieldset') return el.querySelector('legend')?.textContent ?? '';
    if (el.localName === 'input' && /^(button|submit|reset)$/.test(el.type)) return el.value;
    if (FROM_CONTENT.test(roleOf(el))) return el.textContent;
    return el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '';
  };
  const checkedOf = (el) =>
    el.hasAttribute('aria-checked') ? el.getAttribute('aria-checked') === 'true' : el.checked;
  const within = (scope) => [...scope.querySelectorAll('*')];

  let found = [document];
  for (const step of steps) {
    const next = [];
    if (step.kind === 'nth') {
      const index = step.index < 0 ? found.length + step.index : step.index;
      found = found[index] ? [found[index]] : [];
      continue;
    }
    if (step.kind === 'hasText') {
      found = found.filter((el) => matches(el.textContent, step.text, false));
      continue;
    }
    for (const scope of found) {
      if (step.kind === 'css') next.push(...scope.querySelectorAll(step.css));
      if (step.kind === 'role') {
        for (const el of within(scope)) {
          if (roleOf(el) !== step.role || hidden(el)) continue;
          if (step.name !== undefined && !matches(nameOf(el), step.name, step.exact)) continue;
          if (step.checked !== undefined && checkedOf(el) !== step.checked) continue;
          next.push(el);
        }
      }
      if (step.kind === 'text') {
        // As in Playwright, the scope itself may be what holds the text.
        const all = [...(scope.nodeType === 1 ? [scope] : []), ...within(scope)].filter(
          (el) =>
            !/^(script|style|head|title|template)$/.test(el.localName) &&
            matches(el.textContent, step.text, step.exact),
        );
        next.push(...all.filter((el) => !all.some((other) => other !== el && el.contains(other))));
      }
    }
    found = [...new Set(next)];
  }
  return found.filter((el) => el.nodeType === 1);
}
