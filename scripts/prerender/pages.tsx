import { renderToString } from 'preact-render-to-string';
import { withMarkedWords } from './markers';

/**
 * The first views of the pages, rendered from the real components in their default state
 * (nothing read from storage yet, no draft, the default reflection), with their words marked
 * for the first-paint scripts. Loaded by ./render.ts through Vite's SSR loader, with
 * `wxt/browser` replaced by ./browserStub.ts.
 */

/** The pages' top-level code reads the address (popup.html?tab=write): a plain one here. */
Object.assign(globalThis, { location: new URL('chrome-extension://prerender/page.html') });

export interface Variant {
  id: string;
  html: string;
  /** A selector: the variant is only this part of the default page, to put in its place. */
  replaces?: string;
}

const CARD = '<section class="card reflection"';

/** The page's HTML split around its card: [before, card, after]. */
function aroundCard(html: string): [string, string, string] {
  const start = html.indexOf(CARD);
  let depth = 0;
  const tags = /<(\/?)section\b[^>]*>/g;
  tags.lastIndex = start;
  for (let tag = tags.exec(html); tag && start >= 0; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const end = tag.index + tag[0].length;
      return [html.slice(0, start), html.slice(start, end), html.slice(end)];
    }
  }
  throw new Error('prerender: the new tab has no card');
}

export async function popup(): Promise<Variant[]> {
  const { PopupApp } = await import('../../components/popup/PopupApp');
  return [{ id: 'default', html: withMarkedWords(() => renderToString(<PopupApp />)) }];
}

/**
 * One variant per kind of card the new tab can show (only the card: the rest of the page is the
 * same), plus the minimal page; the first is the default, written into the page.
 * entrypoints/newtab-paint picks one before the first paint.
 */
export async function newtab(): Promise<Variant[]> {
  const { NewtabApp } = await import('../../components/newtab/NewtabApp');
  const { REFLECTIONS } = await import('../../lib/newtab/reflections');
  const { variantOf } = await import('../../lib/newtab/variant');
  // The barometer's questions load lazily in the page, but are part of its first view.
  const { prerenderWith } = await import('../../components/PrerenderedPart');
  prerenderWith(
    'barometer',
    (await import('../../components/newtab/BarometerCheck')).BarometerCheck,
  );
  // The first reflection of each kind stands for its kind (the first of all is the default).
  const kinds = new Map<string, (typeof REFLECTIONS)[number]>();
  for (const r of REFLECTIONS)
    if (!kinds.has(variantOf('full', r))) kinds.set(variantOf('full', r), r);
  const pages = [...kinds].map(([id, reflection]) => ({
    id,
    html: withMarkedWords(() => renderToString(<NewtabApp mode="full" reflection={reflection} />)),
  }));
  // The cards differ and nothing else: the other kinds carry only their card.
  const [before, , after] = aroundCard(pages[0]!.html);
  const variants: Variant[] = pages.map(({ id, html }, index) => {
    if (index === 0) return { id, html };
    const [b, card, a] = aroundCard(html);
    if (b !== before || a !== after)
      throw new Error(`prerender: new tab "${id}" differs beyond its card`);
    return { id, html: card, replaces: 'section.card' };
  });
  variants.push({
    id: variantOf('minimal', REFLECTIONS[0]!),
    html: withMarkedWords(() =>
      renderToString(<NewtabApp mode="minimal" reflection={REFLECTIONS[0]!} />),
    ),
  });
  return variants;
}
