import { existsSync } from 'node:fs';
import { findChromium } from '../../../scripts/browsers.mjs';
import { EXTENSION_DIR } from './paths';

/** Fails early, with the fix, when the build or the browser is missing. */
export default function setup() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No build at ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  }
  if (!findChromium()) {
    throw new Error(
      'No Chromium found. On Debian: apt-get install -y --no-install-recommends chromium fonts-liberation',
    );
  }
}
