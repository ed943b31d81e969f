/** What it needs of a page: Playwright's, or the Firefox one over BiDi (ui.ts). */
interface Evaluates {
  evaluate<R>(fn: () => R): Promise<R>;
}

/**
 * Waits until the app of one of Steady's prerendered pages (popup, new tab) has attached to
 * its HTML, which holds the first view before any of the app has run. The page's first-paint
 * script starts the app only once that view has painted (lib/prerender/startApp.ts), after
 * the browser's load event, so a test that clicks the moment navigation ends would click a
 * picture of the page that nothing answers yet. A person cannot click that fast (the app
 * attaches well under 100 ms after the first paint, bench/paint.mjs); a test can. Pages that
 * are not prerendered (no `script[data-app]`) are ready at once.
 */
export async function appReady(page: Evaluates, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const ready = await page.evaluate(
      () =>
        !document.querySelector('script[data-app]') ||
        document.documentElement.hasAttribute('data-interactive'),
    );
    if (ready) return;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`the page's app did not attach within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
