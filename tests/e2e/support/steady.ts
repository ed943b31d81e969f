import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../../../scripts/launch.mjs';
import { grantInProfile } from './grant';
import { appReady } from './appReady';
import { EXTENSION_DIR } from './paths';

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

export interface LaunchOptions {
  profileDir?: string;
  args?: string[];
  ignoreHTTPSErrors?: boolean;
  /** Optional API permissions the person allowed earlier (grant.ts): ['notifications']. */
  grant?: string[];
}

export async function launchSteady(options: LaunchOptions = {}): Promise<Steady> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'steady-e2e-')));
  if (options.grant?.length) {
    const first = await launchWithExtension(profileDir, EXTENSION_DIR, options);
    await first.context.close();
    await grantInProfile(profileDir, first.extensionId, options.grant);
  }
  const { context, extensionId } = await launchWithExtension(profileDir, EXTENSION_DIR, options);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
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
      await appReady(page);
      return page;
    },
    async restart() {
      await context.close();
      return launchSteady({ ...options, grant: undefined, profileDir });
    },
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
  return steady;
}
