// `node bench/shell-breakdown.mjs`: what the popup's first paint is made of, measured in one
// browser run against a blank page: the static shell with its text written into the HTML, the
// same shell filled by paint.js, and the real popup. Used in docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchSteady, prepareExtension } from './browser.mjs';
import { measurePage } from './paint.mjs';
import { median } from './stats.mjs';

const root = resolve(new URL('.', import.meta.url).pathname, '..');
const ext = prepareExtension(join(root, process.env.STEADY_OUT_DIR ?? '.output', 'chrome-mv3'));
const html = readFileSync(join(ext.dir, 'popup.html'), 'utf8');
const english = JSON.parse(readFileSync(join(ext.dir, '_locales/en/messages.json'), 'utf8'));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');

// The shell with its words in the HTML and no script at all.
const withoutScripts = html.replace(/<script\b[^>]*><\/script>/g, '');
writeFileSync(
  join(ext.dir, 'v-static.html'),
  withoutScripts.replace(
    /(<[^>]+data-i18n="(\w+)"[^>]*>)(<\/)/g,
    (_, open, key, close) => `${open}${escape(english[key].message)}${close}`,
  ),
);
// The shell filled by paint.js, without the app's module.
writeFileSync(
  join(ext.dir, 'v-paint.html'),
  html.replace(/<script type="module"[^>]*><\/script>/, ''),
);

const variants = {
  'blank extension page': 'bench-blank.html',
  'shell, words in the HTML, no script': 'v-static.html',
  'shell filled by paint.js, no app': 'v-paint.html',
  'the popup': 'popup.html',
};
const steady = await launchSteady(ext.dir);
const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let round = 0; round < 20; round++) {
  for (const [name, path] of Object.entries(variants)) {
    samples[name].push((await measurePage(steady.context, steady.url(path))).content);
  }
}
const blank = median(samples['blank extension page']);
for (const [name, values] of Object.entries(samples)) {
  console.log(`${name.padEnd(38)} ${median(values)} ms  ${(median(values) / blank).toFixed(2)}×`);
}
await steady.close();
ext.dispose();
