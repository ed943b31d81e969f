// What a person sees and when they can act, read from a page's own performance timeline:
// first contentful paint (the first text), largest contentful paint (LCP: when the biggest
// text or image was painted, which is when the page "is there"; a shell can paint early while
// the main content comes later, and LCP then moves to that later paint), Steady's
// 'steady:interactive' mark where it sets one, and, measured apart, the first moment a click
// on the page's main button does something.

/** How long after the app's mark (or load) LCP may still move: it settles within a frame or two. */
const SETTLE_MS = 150;

/**
 * Opens `url` in a fresh tab and returns { content, lcp, lcpElement, interactive } in ms since
 * navigation (interactive: the app's mark, or first content for a page without one).
 */
export async function measurePage(context, url, { waitForMark = false } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(
      ({ waitForMark, settleMs }) =>
        new Promise((resolve) => {
          let largest;
          // buffered: the entries from before this script ran, the first paint's among them.
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            largest = entries[entries.length - 1] ?? largest;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          const describe = (element) =>
            element
              ? `${element.localName}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`
              : '';
          const started = performance.now();
          const poll = setInterval(() => {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            const mark = performance.getEntriesByName('steady:interactive')[0];
            if (fcp && largest && (mark || !waitForMark)) {
              clearInterval(poll);
              // LCP is the last candidate before the page settles; give it a moment to move.
              setTimeout(
                () =>
                  resolve({
                    content: fcp.startTime,
                    lcp: largest.startTime,
                    lcpElement: describe(largest.element),
                    interactive: mark?.startTime ?? fcp.startTime,
                  }),
                settleMs,
              );
            } else if (performance.now() - started > 5000) {
              // A page that never paints content is reported as such, not waited on forever.
              clearInterval(poll);
              resolve({ content: NaN, lcp: NaN, lcpElement: '', interactive: NaN });
            }
          }, 5);
        }),
      { waitForMark, settleMs: SETTLE_MS },
    );
  } finally {
    await page.close();
  }
}

/**
 * Time to interactive as a person meets it: from navigation, a script clicks the button named
 * `button` every 4 ms, from before the page's own scripts run, until a click makes `answer`
 * (a selector) appear. Returns the time of that click in ms since navigation. A click before
 * the app has attached its handler does nothing, so this is when the page starts to answer
 * (to within 4 ms; where the answer loads lazily, the click after the app's ready mark).
 * Measured in a tab of its own: the clicking would otherwise load the paint being timed.
 */
export async function measureClickReady(context, url, { button, answer }) {
  const page = await context.newPage();
  try {
    await page.addInitScript(
      ({ button, answer }) => {
        const find = () =>
          [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === button);
        const answered = () => document.querySelector(answer);
        const attempt = () => {
          const target = find();
          if (!target) return void setTimeout(attempt, 4);
          const at = performance.now();
          // Once the app has marked itself ready, this click must be the one that answers (a
          // lazily loaded answer may take a few ms more); before, a click may fall on a page
          // with no handler yet, and the next one is tried 4 ms on.
          const ready = performance.getEntriesByName('steady:interactive').length > 0;
          target.click();
          const deadline = at + (ready ? 2000 : 4);
          const check = () => {
            if (answered()) window.__steadyClickReady = at;
            else if (performance.now() < deadline) setTimeout(check, 4);
            else attempt();
          };
          setTimeout(check, 4);
        };
        attempt();
      },
      { button, answer },
    );
    await page.goto(url, { waitUntil: 'load' });
    return await page
      .waitForFunction(() => window.__steadyClickReady, null, { timeout: 5000, polling: 20 })
      .then((handle) => handle.jsonValue())
      .catch(() => NaN);
  } finally {
    await page.close();
  }
}
