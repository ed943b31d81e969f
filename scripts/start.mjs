// `npm start`: build Steady and open a browser found on this machine, in a fresh profile, with
// Steady loaded. Where there is no display or no browser, say so and say how to load the build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChrome, findChromium, findFirefox, unpackedExtensionId } from './browsers.mjs';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const chromeBuild = join(root, '.output/chrome-mv3');
const firefoxBuild = join(root, '.output/firefox-mv2');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(args) {
  const result = spawnSync(npx, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function howToLoad(reason) {
  console.log(`
${reason}

Steady is built. To load it by hand:
  Chrome / Chromium / Edge: open chrome://extensions, turn on "Developer mode",
    choose "Load unpacked" and pick ${chromeBuild}
  Firefox: open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…"
    and pick ${join(firefoxBuild, 'manifest.json')}
`);
}

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = findChromium();
const firefox = findFirefox();
const chrome = findChrome();

console.log('Building Steady for Chromium and Firefox…');
run(['wxt', 'build']);
run(['wxt', 'build', '-b', 'firefox']);

if (!hasDisplay) {
  howToLoad('There is no display here (no DISPLAY or WAYLAND_DISPLAY), so no browser was opened.');
} else if (chromium) {
  const profile = mkdtempSync(join(tmpdir(), 'steady-profile-'));
  console.log(`Opening Chromium with Steady loaded (fresh profile in ${profile})…`);
  spawnSync(
    chromium,
    [
      `--user-data-dir=${profile}`,
      // Chromium refuses to start as root with its sandbox on (containers, CI machines).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--no-first-run',
      '--no-default-browser-check',
      `--disable-extensions-except=${chromeBuild}`,
      `--load-extension=${chromeBuild}`,
      // The popup as a tab, so the first thing seen is Steady itself.
      `chrome-extension://${unpackedExtensionId(chromeBuild)}/popup.html`,
    ],
    { stdio: 'inherit' },
  );
} else if (firefox) {
  console.log('Opening Firefox with Steady loaded (fresh profile)…');
  run(['web-ext', 'run', '--source-dir', firefoxBuild, '--firefox', firefox, '--no-reload']);
} else if (chrome) {
  // Branded Chrome ignores --load-extension since version 137, so it cannot be done for you.
  howToLoad(
    `Google Chrome was found (${chrome}), but it no longer loads extensions from the command line.`,
  );
} else {
  howToLoad('No Chromium, Chrome or Firefox was found on this machine.');
}
