// Popup and new tab against blank pages of the same extension, side by side in one browser:
// rounds rotate the order, and the headlines are medians of the per-round differences and
// ratios (two identical blank pages differ by up to 20 % in a median of 10 here, so only
// paired rounds say anything). Largest contentful paint is the figure that counts: it is when
// what a person came for (the Breathe panel, the card's words) is on screen.
import { median } from './stats.mjs';
import { measureClickReady, measurePage } from './paint.mjs';

/** The aim (issue 12): within 25 % of the yardstick, or one 60 Hz frame, whichever is more. */
export const FRAME_MS = 1000 / 60;
export const aimFor = (yardstickMs) => Math.max(0.25 * yardstickMs, FRAME_MS);

/** The element LCP named most often, with how many rounds named it. */
function mostNamed(names) {
  const counts = new Map();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return `${name} (${count} of ${names.length})`;
}

function paired(samples, yardstick) {
  const lcpDiffs = samples.map((s, i) => s.lcp - yardstick[i].lcp);
  return {
    yardstickLcpMs: median(yardstick.map((b) => b.lcp)),
    lcpDiffMs: median(lcpDiffs),
    lcpRatio: median(samples.map((s, i) => s.lcp / yardstick[i].lcp)),
  };
}

function summarise(samples, blank, clicks) {
  return {
    contentMs: median(samples.map((s) => s.content)),
    contentRatio: median(samples.map((s, i) => s.content / blank[i].content)),
    lcpMs: median(samples.map((s) => s.lcp)),
    lcpElement: mostNamed(samples.map((s) => s.lcpElement)),
    interactiveMs: median(samples.map((s) => s.interactive)),
    clickReadyMs: median(clicks),
    blank: paired(samples, blank),
  };
}

/**
 * `rounds` paired measurements of the popup, the new tab and their yardsticks (a blank page
 * of the extension; for the new tab also a blank page with one classic script, as the new tab
 * has its first-paint script), in rotating order; then, apart, time to interactive.
 */
export async function measureSurfaces(steady, { rounds, progress }) {
  const targets = {
    blank: () => measurePage(steady.context, steady.url('bench-blank.html')),
    blankScript: () => measurePage(steady.context, steady.url('bench-blank-script.html')),
    popup: () => measurePage(steady.context, steady.url('popup.html'), { waitForMark: true }),
    newtab: () => measurePage(steady.context, 'chrome://newtab/', { waitForMark: true }),
  };
  const names = Object.keys(targets);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) samples[name].push(await targets[name]());
    progress(`surfaces: round ${round + 1}/${rounds}`);
  }
  const clicks = { popup: [], newtab: [] };
  const pacer = '[data-testid="pacer-cue"]';
  for (let round = 0; round < rounds; round++) {
    clicks.popup.push(
      await measureClickReady(steady.context, steady.url('popup.html'), {
        button: 'Start breathing',
        answer: pacer,
      }),
    );
    clicks.newtab.push(
      await measureClickReady(steady.context, 'chrome://newtab/', {
        button: 'Breathe for a minute',
        answer: pacer,
      }),
    );
  }
  progress('surfaces: time to interactive measured');
  const newtab = summarise(samples.newtab, samples.blank, clicks.newtab);
  return {
    popup: summarise(samples.popup, samples.blank, clicks.popup),
    newtab: { ...newtab, blankScript: paired(samples.newtab, samples.blankScript) },
    blankLcpElement: mostNamed(samples.blank.map((s) => s.lcpElement)),
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
