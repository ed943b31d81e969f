// Finds browsers installed on this machine. Shared by `npm start`, the icon renderer, the
// end-to-end tests and the benchmark, so they all agree on which binary they drive.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = [
  process.env.STEADY_CHROMIUM,
  // Debian's real binary: /usr/bin/chromium is a wrapper script around it.
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const CHROME_CANDIDATES = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const FIREFOX_CANDIDATES = [
  process.env.STEADY_FIREFOX,
  '/usr/bin/firefox',
  '/usr/bin/firefox-esr',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

function first(candidates) {
  return candidates.find((path) => path && existsSync(path));
}

/** Chromium proper (honours --load-extension), or undefined. */
export function findChromium() {
  return first(CHROMIUM_CANDIDATES);
}

/** Branded Google Chrome (ignores --load-extension since version 137), or undefined. */
export function findChrome() {
  return first(CHROME_CANDIDATES);
}

export function findFirefox() {
  return first(FIREFOX_CANDIDATES);
}

/**
 * The id Chromium gives an unpacked extension loaded from `dir`: the first 32 hex digits of
 * SHA-256 of its absolute path, each digit written as a letter a–p. Lets `npm start` open
 * Steady's own page straight away.
 */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
