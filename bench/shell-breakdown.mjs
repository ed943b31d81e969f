// `node bench/shell-breakdown.mjs`: what the popup's and new tab's largest contentful paint are
// made of, in one browser run against a blank page: the prerendered HTML with no script at
// all, the same with its first-paint script (language, tab, card), and the real page (then the
// app's module, which hydrates). For the new tab also parts of its static HTML alone (no
// footer; the card alone), which show how the cost of its first frame follows how much is on
// it. Used in docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchSteady, prepareExtension } from './browser.mjs';
import { measurePage } from './paint.mjs';
import { median } from './stats.mjs';

const root = resolve(new URL('.', import.meta.url).pathname, '..');
const ext = prepareExtension(join(root, process.env.STEADY_OUT_DIR ?? '.output', 'chrome-mv3'));
const rounds = process.argv.includes('--quick') ? 4 : 20;
const variants = { 'blank extension page': 'bench-blank.html' };

for (const page of ['popup', 'newtab']) {
  const html = readFileSync(join(ext.dir, `${page}.html`), 'utf8');
  const rootId = page === 'popup' ? 'app' : 'root';
  // No script: shown at once (the page hides itself until its first-paint script has run).
  const shown = html.replace(`<div id="${rootId}">`, `<div id="${rootId}" data-painted="">`);
  writeFileSync(
    join(ext.dir, `v-${page}-static.html`),
    shown.replace(/<script\b[^>]*><\/script>/g, ''),
  );
  writeFileSync(join(ext.dir, `v-${page}-paint.html`), html.replace(/ data-app="[^"]*"/, ''));
  if (page === 'newtab') {
    const bare = shown
      .replace(/<script\b[^>]*><\/script>/g, '')
      .replace(/<template[\s\S]*?<\/template>/g, '');
    const noFooter = bare.replace(/<footer[\s\S]*?<\/footer>/, '');
    writeFileSync(join(ext.dir, 'v-newtab-nofooter.html'), noFooter);
    writeFileSync(
      join(ext.dir, 'v-newtab-card.html'),
      noFooter.replace(/<form[\s\S]*?<\/form>/, ''),
    );
    Object.assign(variants, {
      'newtab: static, without its footer': 'v-newtab-nofooter.html',
      'newtab: static, its card alone': 'v-newtab-card.html',
    });
  }
  Object.assign(variants, {
    [`${page}: prerendered HTML, no script`]: `v-${page}-static.html`,
    [`${page}: and its first-paint script, no app`]: `v-${page}-paint.html`,
    [`${page}: the real page (and the app hydrating)`]: `${page}.html`,
  });
}

const steady = await launchSteady(ext.dir);
const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
const names = Object.keys(variants);
for (let round = 0; round < rounds; round++) {
  const order = names.map((_, i) => names[(i + round) % names.length]);
  for (const name of order)
    samples[name].push(await measurePage(steady.context, steady.url(variants[name])));
  process.stderr.write(`round ${round + 1}/${rounds}\n`);
}
const blank = samples['blank extension page'];
for (const [name, values] of Object.entries(samples)) {
  const lcp = median(values.map((v) => v.lcp));
  const diff = median(values.map((v, i) => v.lcp - blank[i].lcp));
  const ratio = median(values.map((v, i) => v.lcp / blank[i].lcp));
  console.log(
    `${name.padEnd(48)} LCP ${lcp.toFixed(0).padStart(4)} ms  ${diff >= 0 ? '+' : ''}${diff.toFixed(0)} ms  ${ratio.toFixed(2)}×`,
  );
}
await steady.close();
ext.dispose();
