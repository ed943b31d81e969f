import { options, type VNode } from 'preact';
import {
  ATTRIBUTE_MARK,
  ATTRIBUTE_SEPARATOR,
  NAME_SEPARATOR,
  SUBSTITUTION_SEPARATOR,
  TEXT_MARK,
} from '../../lib/prerender/marks';
import english from '../../public/_locales/en/messages.json';

/**
 * While prerendering, `t()` (through the stand-in browser of ./browserStub.ts) returns a marker
 * instead of words: key and substitutions between private-use characters. The hook below turns
 * each element whose one child is a marker into English words plus `data-i18n`, and each
 * attribute that is a marker into English plus `data-i18n-attr` (lib/prerender/marks.ts), so
 * the page's first-paint script can put them in the browser's language. A marker anywhere
 * else (mixed into other text) cannot be found again at run time: the build fails on it.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const BETWEEN = '\uE002';
const MARKER = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');
const WHOLE = new RegExp(`^${OPEN}([^${CLOSE}]*)${CLOSE}$`);

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export function marker(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  return OPEN + [key, ...subs].join(BETWEEN) + CLOSE;
}

/** English for a marker's body, with placeholders filled the way browsers fill them. */
function inEnglish(body: string): string {
  const [key = '', ...subs] = body.split(BETWEEN);
  const entry = (english as Catalogue)[key];
  if (!entry) throw new Error(`prerender: no English message "${key}"`);
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

function textMark(body: string): string {
  const parts = body.split(BETWEEN);
  for (const sub of parts.slice(1)) {
    if (sub.includes(SUBSTITUTION_SEPARATOR)) {
      throw new Error(`prerender: substitution "${sub}" holds "${SUBSTITUTION_SEPARATOR}"`);
    }
  }
  return parts.join(SUBSTITUTION_SEPARATOR);
}

function onlyChild(children: unknown): string | undefined {
  const only = Array.isArray(children) && children.length === 1 ? children[0] : children;
  return typeof only === 'string' ? only : undefined;
}

function markElement(props: Record<string, unknown>): void {
  const text = onlyChild(props.children);
  const whole = text?.match(WHOLE);
  if (whole) {
    props[TEXT_MARK] = textMark(whole[1]!);
    props.children = inEnglish(whole[1]!);
  }
  const attributes: string[] = [];
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || typeof value !== 'string') continue;
    const match = value.match(WHOLE);
    if (!match) continue;
    if (match[1]!.includes(BETWEEN)) {
      throw new Error(`prerender: attribute ${name} has a message with substitutions`);
    }
    attributes.push(`${name}${NAME_SEPARATOR}${match[1]}`);
    props[name] = inEnglish(match[1]!);
  }
  if (attributes.length) props[ATTRIBUTE_MARK] = attributes.join(ATTRIBUTE_SEPARATOR);
}

/** Runs `render` with the marking hook on, and checks that no marker is left over. */
export function withMarkedWords(render: () => string): string {
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    if (typeof vnode.type === 'string') markElement(vnode.props as Record<string, unknown>);
    previous?.(vnode);
  };
  try {
    const html = render();
    const left = [...html.matchAll(MARKER)].map((m) => m[1]!.split(BETWEEN)[0]);
    if (left.length) {
      throw new Error(
        `prerender: words the first-paint script could not find again (keys ${left.join(', ')}): give each message an element of its own`,
      );
    }
    return html;
  } finally {
    options.vnode = previous;
  }
}
