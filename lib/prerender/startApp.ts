import { afterFirstPaint } from './afterFirstPaint';

/** The attribute the build moves a prerendered page's app module into (scripts/prerender/). */
export const APP_ATTRIBUTE = 'data-app';

/**
 * Starts the page's app (its module script) once the prerendered page has painted. Called by
 * the page's classic first-paint script, last, whatever else it did.
 *
 * Why not a `<script type="module">` in the HTML: the browser runs a module script when parsing
 * ends, before its first frame, so the app's fetch, compile and start held back the first paint
 * of a page that was already complete (measured: the popup's largest contentful paint 36 ms
 * later than the same HTML without the module, docs/benchmarks.md). The build moves the module's
 * address onto the first-paint script's tag instead. In `wxt dev` the build leaves the module
 * tag where it was (scripts/prerender/plugin.ts), so this finds no address and does nothing.
 */
export function startAppAfterPaint(): void {
  const tag = document.querySelector<HTMLScriptElement>(`script[${APP_ATTRIBUTE}]`);
  const src = tag?.getAttribute(APP_ATTRIBUTE);
  if (!src) return;
  afterFirstPaint(() => {
    const app = document.createElement('script');
    app.type = 'module';
    app.src = src;
    document.head.append(app);
  });
}
