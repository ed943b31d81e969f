// Starts Debian's Chromium with a built Steady loaded, as ../shared/design/platform-notes.md
// describes. Shared by the end-to-end tests, the screenshots and the benchmark.
import { chromium } from 'playwright-core';
import { findChromium } from './browsers.mjs';

/**
 * The networking flags keep Chromium from reaching for the (closed) internet on its own, so any
 * request a test records is one Steady made.
 */
export function chromiumArgs(extensionDir, extra = []) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    ...extra,
  ];
}

/** A persistent context with the extension loaded, and its id read from its service worker. */
export async function launchWithExtension(profileDir, extensionDir, options = {}) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extensionDir, options.args),
    viewport: options.viewport ?? { width: 1000, height: 800 },
    // For imitation sites served on loopback with a self-signed test certificate.
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}
