/**
 * Calls `then` once the page has painted its first content, or after `fallbackMs` should no
 * paint be reported (a tab that gets no frames, such as one opened behind another in Firefox,
 * or a browser without paint timing), whichever comes first.
 *
 * Why: a deferred module script runs when parsing ends, before the browser's first frame, so
 * hydrating there holds the prerendered page back by the whole app's start (measured here at
 * about half the popup's lead over a blank page, docs/benchmarks.md). The page is already
 * right (its first-paint script made it so), so it can show first and attach a moment after.
 * Paint timing, not requestAnimationFrame or a timer, is what is waited on: fake clocks in
 * tests stop those, and background tabs get no frames.
 */
export function afterFirstPaint(then: () => void, fallbackMs = 100): void {
  let done = false;
  let observer: PerformanceObserver | undefined;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    then();
  };
  const timer = setTimeout(run, fallbackMs);
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) run();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the timer alone.
  }
}
