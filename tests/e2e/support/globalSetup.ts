import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findFirefox } from '../../../scripts/browsers.mjs';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './paths';
import { browserUnderTest } from './ui';

/** Fails early, with the fix, when the build or the browser is missing. */
export default function setup() {
  if (browserUnderTest() === 'firefox') return firefox();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No build at ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  }
  if (!findChromium()) {
    throw new Error(
      'No Chromium found. On Debian: apt-get install -y --no-install-recommends chromium fonts-liberation',
    );
  }
}

function firefox() {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No build at ${FIREFOX_EXTENSION_DIR}. Run \`npm run build:firefox\` first.`);
  }
  const binary = findFirefox();
  if (!binary) {
    throw new Error(
      'No Firefox found. On Debian: apt-get install -y --no-install-recommends firefox-esr',
    );
  }
  // WebDriver BiDi's webExtension.install, which the driver uses, arrived in Firefox 138.
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' });
  const major = Number(/(\d+)\./.exec(version)?.[1] ?? 0);
  if (major < 138) {
    throw new Error(
      `${version.trim()} is too old for the end-to-end tests (138 or newer). On Debian: apt-get install -y --no-install-recommends firefox-esr`,
    );
  }
}
