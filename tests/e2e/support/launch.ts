import type { Page } from 'playwright-core';
import { allowInPrompt } from '../pages/pauseSite';
import { cdpProbe } from '../pages/pauseDialog';
import { appReady } from './appReady';
import { launchFirefox } from './firefox';
import { SITE_HOSTS, type ImitationSites } from './sites';
import { launchSteady, type Steady } from './steady';
import { browserUnderTest, type SteadyIn, type UiPage } from './ui';

export interface LaunchOptions {
  /** Imitation sites to reach under their real names (support/sites.ts). */
  sites?: ImitationSites;
  profileDir?: string;
}

/** Steady in the browser under test (STEADY_E2E_BROWSER), through the neutral interface. */
export function launchIn(options: LaunchOptions = {}): Promise<SteadyIn> {
  const { sites, profileDir } = options;
  if (browserUnderTest() === 'firefox') {
    return launchFirefox({
      profileDir,
      sites: sites && { hosts: [...SITE_HOSTS], port: sites.port },
    });
  }
  return launchChromium(options);
}

/** Chromium through Playwright: its Page already is a UiPage; only the browser's own parts differ. */
async function launchChromium(
  { sites, profileDir }: LaunchOptions,
  /** False on a restart: the profile already holds the grant (one launch, as a person's). */
  grant = true,
): Promise<SteadyIn> {
  const steady: Steady = await launchSteady({
    profileDir,
    ...(sites && {
      ignoreHTTPSErrors: true,
      args: [sites.resolverRule, '--ignore-certificate-errors'],
      // Turning a site on asks for it and for notifications in one prompt (the pause's Wait
      // reminder); headless Chromium never settles the notifications part, so the person's
      // earlier "Allow" is written into the profile instead (grant.ts).
      grant: grant ? ['notifications'] : undefined,
    }),
  });
  const hosts = new Set(sites ? SITE_HOSTS : []);
  const playwright = (page: UiPage) => page as unknown as Page;
  const newPage = async (url: string): Promise<UiPage> => {
    const page = await steady.context.newPage();
    await page.goto(url);
    await appReady(page);
    return page;
  };
  return {
    browser: 'chromium',
    profileDir: steady.profileDir,
    url: (path) => steady.url(path),
    open: (path) => steady.open(path),
    // chrome://newtab/ hands over to the page Steady's manifest puts there.
    openNewTab: () => newPage('chrome://newtab/'),
    openWeb: (url) => newPage(url),
    async download(page, click) {
      const [download] = await Promise.all([playwright(page).waitForEvent('download'), click()]);
      const { readFile } = await import('node:fs/promises');
      const file = `${steady.profileDir}/${download.suggestedFilename()}`;
      await download.saveAs(file);
      return { file, text: await readFile(file, 'utf8') };
    },
    allowSites: (patterns) => allowInPrompt(steady, patterns),
    closedRoot: (page) => cdpProbe(playwright(page)),
    foreignRequests: () =>
      steady
        .foreignRequests()
        .filter((url) => !url.startsWith('chrome://') && !hosts.has(new URL(url).hostname)),
    restart: () =>
      steady.context
        .close()
        .then(() => launchChromium({ sites, profileDir: steady.profileDir }, false)),
    close: () => steady.close(),
  };
}
