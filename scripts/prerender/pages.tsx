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
}

export async function popup(): Promise<Variant[]> {
  const { PopupApp } = await import('../../components/popup/PopupApp');
  return [{ id: 'default', html: withMarkedWords(() => renderToString(<PopupApp />)) }];
}

/**
 * One variant per kind of card the new tab can show, plus the minimal page; the first is the
 * default, written into the page. entrypoints/newtab-paint picks one before the first paint.
 */
export async function newtab(): Promise<Variant[]> {
  const { NewtabApp } = await import('../../components/newtab/NewtabApp');
  const { REFLECTIONS } = await import('../../lib/newtab/reflections');
  const { variantOf } = await import('../../lib/newtab/variant');
  // The first reflection of each kind stands for its kind (the first of all is the default).
  const kinds = new Map<string, (typeof REFLECTIONS)[number]>();
  for (const r of REFLECTIONS)
    if (!kinds.has(variantOf('full', r))) kinds.set(variantOf('full', r), r);
  const variants = [...kinds].map(([id, reflection]) => ({
    id,
    html: withMarkedWords(() => renderToString(<NewtabApp mode="full" reflection={reflection} />)),
  }));
  variants.push({
    id: variantOf('minimal', REFLECTIONS[0]!),
    html: withMarkedWords(() =>
      renderToString(<NewtabApp mode="minimal" reflection={REFLECTIONS[0]!} />),
    ),
  });
  return variants;
}
