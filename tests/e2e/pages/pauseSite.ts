import type { Page, Worker } from 'playwright-core';
import type { Steady } from '../support/steady';
import type { SteadyIn, UiPage } from '../support/ui';
import { as, until, type LocatorOf } from './locators';
import { PauseDialog } from './pauseDialog';

/** The extension's service worker (the background), for looking at registrations and alarms. */
export async function backgroundOf(steady: Steady): Promise<Worker> {
  return (
    steady.context.serviceWorkers().find((w) => w.url().startsWith(steady.url(''))) ??
    (await steady.context.waitForEvent('serviceworker'))
  );
}

/** The ids of the pause content scripts registered right now. */
export async function registeredPauseScripts(steady: Steady): Promise<string[]> {
  const worker = await backgroundOf(steady);
  return worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id).sort(),
  );
}

/**
 * Stands in for the user's "Allow" in the browser's permission prompt, which headless Chromium
 * cannot show: chrome://extensions' own "Site access → add a site" (platform-notes.md). The
 * extension's permissions.contains stays false until its own request runs on the user's click.
 */
export async function allowInPrompt(steady: Steady, patterns: string[]): Promise<void> {
  const page = await steady.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ({ id, patterns }) =>
      Promise.all(
        patterns.map(
          (pattern) =>
            new Promise<void>((resolve) =>
              (
                chrome as unknown as {
                  developerPrivate: {
                    addHostPermission(id: string, p: string, cb: () => void): void;
                  };
                }
              ).developerPrivate.addHostPermission(id, pattern, resolve),
            ),
        ),
      ),
    { id: steady.extensionId, patterns },
  );
  await page.close();
}

/** The options page, opened at its pause section. */
export class OptionsPage<P extends UiPage = Page> {
  constructor(readonly page: P) {}

  /** In whichever browser `steady` runs. */
  static async in(steady: SteadyIn): Promise<OptionsPage<UiPage>> {
    const page = await steady.open('options.html');
    await page.getByRole('heading', { name: 'Pause before sending' }).waitFor();
    return new OptionsPage(page);
  }

  static async open(steady: Steady): Promise<OptionsPage> {
    const page = await steady.open('options.html');
    await page.getByRole('heading', { name: 'Pause before sending' }).waitFor();
    return new OptionsPage(page);
  }

  siteSwitch(name: string): LocatorOf<P> {
    return as<P>(this.page.getByRole('switch', { name, exact: true }));
  }

  /** The ids of the pause content scripts registered now, asked from this extension page. */
  async registeredPauseScripts(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return (await api.scripting.getRegisteredContentScripts()).map((s) => s.id).sort();
    });
  }
}

/** An imitation messaging site: its composer, its sent list and Steady's pause on top. */
export class ImitationSite<P extends UiPage = Page> {
  readonly pause: PauseDialog;

  constructor(
    readonly page: P,
    readonly composer: LocatorOf<P>,
    pause?: PauseDialog,
  ) {
    this.pause = pause ?? new PauseDialog(page);
  }

  /** In whichever browser `steady` runs. */
  static async in(steady: SteadyIn, url: string, composer: string): Promise<ImitationSite<UiPage>> {
    const page = await steady.openWeb(url);
    const site = new ImitationSite(
      page,
      page.locator(composer),
      new PauseDialog(page, steady.closedRoot(page)),
    );
    await site.composer.waitFor();
    return site;
  }

  static async open(steady: Steady, url: string, composer: string): Promise<ImitationSite> {
    const page = await steady.context.newPage();
    await page.goto(url);
    const site = new ImitationSite(page, page.locator(composer));
    await site.composer.waitFor();
    return site;
  }

  get sent(): LocatorOf<P> {
    return as<P>(this.page.locator('#sent li'));
  }

  async type(text: string): Promise<void> {
    await this.composer.click();
    await this.page.keyboard.type(text);
  }

  async sentTexts(): Promise<string[]> {
    return this.page.locator('#sent li').allTextContents();
  }

  /** What has focus inside the pause (see PauseDialog.focused). */
  async focusedInPause(): Promise<string | null> {
    return this.pause.focused();
  }

  /** Whether the page's focus is inside Steady's pause. */
  async focusInPause(): Promise<boolean> {
    return (await this.pause.focused()) !== null;
  }
}

/**
 * Turns the pause on for one site as a person does: "Allow" in the browser's prompt, then the
 * site's switch in the options page; resolves once the site's script is registered.
 */
export async function turnOnSite(
  steady: Steady,
  site: { name: string; patterns: string[]; id: string },
): Promise<void> {
  await allowInPrompt(steady, site.patterns);
  const options = await OptionsPage.open(steady);
  await options.siteSwitch(site.name).click();
  const on = { name: site.name, exact: true, checked: true };
  await options.page.getByRole('switch', on).waitFor();
  while (!(await registeredPauseScripts(steady)).includes(`steady-pause-${site.id}`)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await options.page.close();
}

/** turnOnSite, in whichever browser `steady` runs. */
export async function turnOnSiteIn(
  steady: SteadyIn,
  site: { name: string; patterns: string[]; id: string },
): Promise<void> {
  await steady.allowSites(site.patterns);
  const options = await OptionsPage.in(steady);
  await options.siteSwitch(site.name).click();
  await options.page.getByRole('switch', { name: site.name, exact: true, checked: true }).waitFor();
  await until(`the ${site.name} pause to be registered`, async () =>
    (await options.registeredPauseScripts()).includes(`steady-pause-${site.id}`),
  );
  await options.page.close();
}
