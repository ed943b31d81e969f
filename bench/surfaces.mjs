// Popup and new tab against a blank page of the same extension, side by side in one browser:
// rounds alternate the order, and the headline is the median of the per-round ratios.
import { median } from './stats.mjs';
import { measurePage } from './paint.mjs';

function summarise(samples, blank) {
  const ratios = samples.map((s, i) => s.content / blank[i].content);
  return {
    contentMs: median(samples.map((s) => s.content)),
    interactiveMs: median(samples.map((s) => s.interactive)),
    blankMs: median(blank.map((b) => b.content)),
    ratio: median(ratios),
  };
}

/** `rounds` paired measurements of popup, new tab and the blank page, in rotating order. */
export async function measureSurfaces(steady, { rounds, progress }) {
  const targets = {
    blank: () => measurePage(steady.context, steady.url('bench-blank.html')),
    popup: () => measurePage(steady.context, steady.url('popup.html'), { waitForMark: true }),
    newtab: () => measurePage(steady.context, 'chrome://newtab/', { waitForMark: true }),
  };
  const names = Object.keys(targets);
  const samples = { blank: [], popup: [], newtab: [] };
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) samples[name].push(await targets[name]());
    progress(`surfaces: round ${round + 1}/${rounds}`);
  }
  return {
    popup: summarise(samples.popup, samples.blank),
    newtab: summarise(samples.newtab, samples.blank),
  };
}

/**
 * Chromium's own new-tab page, with no extension installed, in a browser of its own. Headless
 * Chromium aborts a navigation to chrome://newtab/ itself, so its page is opened by its own
 * address, chrome://new-tab-page/.
 */
export async function measurePlainNewtab(plain, { rounds }) {
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    samples.push(await measurePage(plain.context, 'chrome://new-tab-page/'));
  }
  return { contentMs: median(samples.map((s) => s.content)) };
}

/** The first new tab right after the browser starts (a cold start), once. */
export async function measureFirstNewtab(steady) {
  return measurePage(steady.context, 'chrome://newtab/', { waitForMark: true });
}
