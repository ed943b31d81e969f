import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../../../scripts/browsers.mjs';
import { EXTENSION_DIR } from './paths';

/**
 * Chromium with the built extension loaded, as platform-notes.md describes: Debian's Chromium
 * still honours --load-extension; the networking flags keep it from reaching for the (closed)
 * internet on its own, so any request we record is one Steady made.
 */
function launchArgs(extraArgs: string[]): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    ...extraArgs,
  ];
}

export interface Steady {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** Every URL any page or worker requested, in order. */
  requests: string[];
  /** Requests that went anywhere but the extension's own files. */
  foreignRequests(): string[];
  url(path: string): string;
  open(path: string): Promise<Page>;
  /** Closes the browser and starts it again on the same profile (a browser restart). */
  restart(): Promise<Steady>;
  close(): Promise<void>;
}

export async function launchSteady(
  options: { profileDir?: string; args?: string[] } = {},
): Promise<Steady> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'steady-e2e-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: launchArgs(options.args ?? []),
    viewport: { width: 1000, height: 800 },
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const own = `chrome-extension://${extensionId}/`;

  const steady: Steady = {
    context,
    extensionId,
    profileDir,
    requests,
    foreignRequests: () =>
      requests.filter((url) => !url.startsWith(own) && !/^(data|blob|about):/.test(url)),
    url: (path) => `${own}${path.replace(/^\//, '')}`,
    async open(path) {
      const page = await context.newPage();
      await page.goto(steady.url(path));
      return page;
    },
    async restart() {
      await context.close();
      return launchSteady({ ...options, profileDir });
    },
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
  return steady;
}
