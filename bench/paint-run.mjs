// `npm run bench:paint`: only the popup's and new tab's paint figures of `npm run bench`
// (LCP and first content against the blank yardsticks, time to interactive), for a second
// look when a full run's figures seem noisy. Same build, same measures, same table.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchSteady, prepareExtension } from './browser.mjs';
import { aimFor, measureSurfaces } from './surfaces.mjs';
import { toRows, toTerminal } from './report.mjs';

const root = resolve(new URL('.', import.meta.url).pathname, '..');
const buildDir = join(root, process.env.STEADY_OUT_DIR ?? '.output', 'chrome-mv3');
if (!existsSync(join(buildDir, 'manifest.json'))) {
  console.error('No build: run `npm run build` first.');
  process.exit(1);
}
const rounds = process.argv.includes('--quick') ? 4 : 20;
const extension = prepareExtension(buildDir);
const steady = await launchSteady(extension.dir);
const figures = [];
const add = (group, name, value, unit, aim) => figures.push({ group, name, value, unit, aim });
try {
  const surfaces = await measureSurfaces(steady, {
    rounds,
    progress: (message) => process.stderr.write(`${message}\n`),
  });
  for (const name of ['popup', 'newtab']) {
    const s = surfaces[name];
    add(name, 'first content (FCP), median', s.contentMs, 'ms');
    add(name, 'LCP, median', s.lcpMs, 'ms');
    add(name, 'LCP element, most rounds', s.lcpElement, 'text');
    for (const [yardstick, p] of [
      ['blank extension page', s.blank],
      ...(s.blankScript ? [['blank page with one script', s.blankScript]] : []),
    ]) {
      add(name, `${yardstick}: LCP, median`, p.yardstickLcpMs, 'ms');
      add(name, `LCP − ${yardstick} (paired median)`, p.lcpDiffMs, 'ms', {
        max: aimFor(p.yardstickLcpMs),
      });
      add(name, `LCP ÷ ${yardstick} (paired median)`, p.lcpRatio, 'x');
    }
    add(name, 'time to interactive: first click that starts breathing', s.clickReadyMs, 'ms');
  }
} finally {
  await steady.close();
  extension.dispose();
}
console.log(`\n${toTerminal(toRows(figures))}\n`);
