import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type KeyInput,
  type Page,
} from 'puppeteer-core';
import { findFirefox } from '../../../scripts/browsers.mjs';
import { appReady } from './appReady';
import { locate, type Step, type TextMatch } from './locate.mjs';
import { FIREFOX_EXTENSION_DIR } from './paths';
import { observeNetwork, type NetworkWatch } from './proxy';
import type { ClosedRootProbe, RoleOptions, SteadyIn, UiLocator, UiPage, UiRole } from './ui';

/**
 * Steady in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi
 * (platform-notes.md, "Firefox end-to-end"). Firefox's remote agent sends no load events for
 * moz-extension:// pages (https://bugzilla.mozilla.org/show_bug.cgi?id=1755014), so pages are
 * opened with BiDi's own browsingContext.navigate and waited on by their readyState, and
 * Firefox 140 blocks puppeteer's waitForFunction there by CSP: every wait here polls evaluate.
 */
export const GECKO_ID = 'steady@steady.extension';
/** Fixed by a pref, so Steady's pages have the same address at every start. */
export const FIREFOX_UUID = '5e7ad1e5-0000-4000-8000-57eadf000001';
const OWN = `moz-extension://${FIREFOX_UUID}/`;
/** How long a locator waits for what it looks for (a page that never shows it fails the test). */
const WAIT_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  wait = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + wait;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Firefox: gave up waiting for ${what}`);
    await sleep(50);
  }
}

const textMatch = (text: string | RegExp): TextMatch =>
  text instanceof RegExp ? { source: text.source, flags: text.flags } : text;

/** Playwright's key names are puppeteer's too; a chord 'Shift+Tab' is held and pressed here. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord === '+' ? ['+'] : chord.split('+');
  const key = keys.pop() as KeyInput;
  for (const modifier of keys) await page.keyboard.down(modifier as KeyInput);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier as KeyInput);
}

/** Raw WebDriver BiDi: puppeteer's BidiBrowser has it, the Browser type does not say so. */
const bidi = (browser: Browser) =>
  (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } })
    .connection;

class FirefoxLocator implements UiLocator {
  constructor(
    private readonly ff: FirefoxPage,
    private readonly steps: Step[],
  ) {}

  private with(step: Step): FirefoxLocator {
    return new FirefoxLocator(this.ff, [...this.steps, step]);
  }
  private get source(): string {
    return `(${locate.toString()})(${JSON.stringify(this.steps)})`;
  }
  private get description(): string {
    return JSON.stringify(this.steps);
  }

  getByRole(role: UiRole, options: RoleOptions = {}): UiLocator {
    const { name, ...rest } = options;
    return this.with({
      kind: 'role',
      role,
      ...rest,
      ...(name !== undefined && { name: textMatch(name) }),
    });
  }
  getByText(text: string | RegExp, options: { exact?: boolean } = {}): UiLocator {
    return this.with({ kind: 'text', text: textMatch(text), exact: options.exact });
  }
  getByTestId(id: string): UiLocator {
    return this.with({ kind: 'css', css: `[data-testid="${id}"]` });
  }
  locator(css: string): UiLocator {
    return this.with({ kind: 'css', css });
  }
  first(): UiLocator {
    return this.with({ kind: 'nth', index: 0 });
  }
  nth(index: number): UiLocator {
    return this.with({ kind: 'nth', index });
  }
  filter(options: { hasText: string | RegExp }): UiLocator {
    return this.with({ kind: 'hasText', text: textMatch(options.hasText) });
  }

  count(): Promise<number> {
    return this.ff.page.evaluate(`${this.source}.length`) as Promise<number>;
  }

  private visibleCount(): Promise<number> {
    return this.ff.page.evaluate(
      `${this.source}.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').length`,
    ) as Promise<number>;
  }

  async waitFor(
    options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {},
  ) {
    const state = options.state ?? 'visible';
    await until(
      `${this.description} to be ${state}`,
      async () => {
        const n =
          state === 'attached' || state === 'detached'
            ? await this.count()
            : await this.visibleCount();
        return (state === 'attached' || state === 'visible' ? n > 0 : n === 0) || undefined;
      },
      options.timeout,
    );
  }

  /** The one element (Playwright's strictness: two matches is a mistake in the test). */
  private async element(): Promise<ElementHandle<Element>> {
    const n = await until(`${this.description}`, async () => (await this.count()) || undefined);
    if (n > 1) throw new Error(`Firefox: ${n} elements match ${this.description}`);
    const handle = await this.ff.page.evaluateHandle(`${this.source}[0]`);
    const element = handle.asElement();
    if (!element) throw new Error(`Firefox: ${this.description} went away`);
    return element as ElementHandle<Element>;
  }

  async evaluate<R>(fn: (el: HTMLElement) => R | Promise<R>): Promise<R> {
    return this.run(fn as (el: Element) => R);
  }

  private async run<R, A>(fn: (el: Element, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const element = await this.element();
    return (await element.evaluate(fn as never, arg as never)) as R;
  }

  async click(): Promise<void> {
    await this.waitFor({ state: 'visible' });
    await (await this.element()).click();
  }
  async focus(): Promise<void> {
    await this.evaluate((el) => (el as HTMLElement).focus());
  }
  async press(key: string): Promise<void> {
    await this.focus();
    await pressChord(this.ff.page, key);
  }
  async fill(value: string): Promise<void> {
    // As Playwright's fill: focus, replace the whole value, and say so with an input event.
    await this.run((el, text: string) => {
      const field = el as HTMLInputElement;
      field.focus();
      field.value = text;
      field.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
      );
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
    if (!(await this.isChecked())) throw new Error(`Firefox: ${this.description} did not check`);
  }
  async selectOption(value: string | { label: string }): Promise<unknown> {
    const found = await this.run((el, want: string | { label: string }) => {
      const select = el as HTMLSelectElement;
      const option = [...select.options].find((o) =>
        typeof want === 'string' ? o.value === want || o.label === want : o.label === want.label,
      );
      if (!option) return false;
      select.value = option.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, value);
    if (!found)
      throw new Error(`Firefox: no option ${JSON.stringify(value)} in ${this.description}`);
    return [value];
  }
  async setInputFiles(file: string): Promise<void> {
    const element = (await this.element()) as ElementHandle<HTMLInputElement>;
    await element.uploadFile(file);
  }
  textContent(): Promise<string | null> {
    return this.evaluate((el) => el.textContent);
  }
  async allTextContents(): Promise<string[]> {
    return this.ff.page.evaluate(`${this.source}.map((el) => el.textContent ?? '')`) as Promise<
      string[]
    >;
  }
  innerText(): Promise<string> {
    return this.evaluate((el) => (el as HTMLElement).innerText);
  }
  inputValue(): Promise<string> {
    return this.evaluate((el) => (el as HTMLInputElement).value);
  }
  getAttribute(name: string): Promise<string | null> {
    return this.run((el, attribute: string) => el.getAttribute(attribute), name);
  }
  async isVisible(): Promise<boolean> {
    const n = await this.count();
    if (n > 1) throw new Error(`Firefox: ${n} elements match ${this.description}`);
    return n === 1 && (await this.visibleCount()) === 1;
  }
  isChecked(): Promise<boolean> {
    return this.evaluate((el) =>
      el.hasAttribute('aria-checked')
        ? el.getAttribute('aria-checked') === 'true'
        : (el as HTMLInputElement).checked,
    );
  }
}

class FirefoxPage implements UiPage {
  private readonly root: FirefoxLocator;

  constructor(
    readonly page: Page,
    private readonly browser: Browser,
  ) {
    this.root = new FirefoxLocator(this, []);
  }

  /** The BiDi browsing context of this tab (puppeteer keeps it as the frame's id). */
  get context(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  /** BiDi navigation, then the document's own word that it has loaded (see the file comment). */
  async navigate(url: string): Promise<void> {
    await bidi(this.browser).send('browsingContext.navigate', {
      context: this.context,
      url,
      wait: 'complete',
    } as never);
    await until(`${url} to load`, async () => {
      const state = await this.page
        .evaluate('[location.href, document.readyState]')
        .catch(() => undefined);
      const [href, ready] = (state ?? []) as string[];
      return (ready === 'complete' && href !== 'about:blank') || undefined;
    });
  }

  keyboard = {
    type: (text: string) => this.page.keyboard.type(text),
    press: (key: string) => pressChord(this.page, key),
  };
  mouse = { click: (x: number, y: number) => this.page.mouse.click(x, y) };

  getByRole(role: UiRole, options?: RoleOptions) {
    return this.root.getByRole(role, options);
  }
  getByText(text: string | RegExp, options?: { exact?: boolean }) {
    return this.root.getByText(text, options);
  }
  getByTestId(id: string) {
    return this.root.getByTestId(id);
  }
  locator(css: string) {
    return this.root.locator(css);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }
  /** Asked of the page: BiDi hears of no navigation inside an extension page. */
  url(): Promise<string> {
    return this.page.evaluate('location.href') as Promise<string>;
  }
  async reload(): Promise<void> {
    const href = (await this.page.evaluate('location.href')) as string;
    await this.navigate(href);
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

/** Steady's pause root, found through BiDi: its serialisation hands over closed shadow roots. */
function bidiProbe(ff: FirefoxPage, browser: Browser): ClosedRootProbe {
  const send = (method: string, params: object) =>
    bidi(browser).send(method as never, params as never) as Promise<{
      result: { result?: Record<string, unknown>; exceptionDetails?: { text: string } };
    }>;
  return {
    async call(source, arg) {
      const target = { context: ff.context };
      const hosts = await send('script.callFunction', {
        functionDeclaration: '() => [...document.documentElement.children]',
        target,
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      });
      type Node = { value?: { shadowRoot?: { sharedId?: string } | null } };
      const children = (hosts.result.result?.value ?? []) as Node[];
      const root = children.find((node) => node.value?.shadowRoot?.sharedId)?.value?.shadowRoot;
      const find = `(name) => {
        const el = [...(root?.querySelectorAll('button,a,label') ?? [])].find((e) => e.textContent.trim() === name);
        return (el?.localName === 'label' ? el.querySelector('input') : el) ?? undefined;
      }`;
      const result = await send('script.callFunction', {
        functionDeclaration: `async (root) => {
          const find = ${find};
          return JSON.stringify((await (${source})(root, ${JSON.stringify(arg ?? null)}, find)) ?? null);
        }`,
        target,
        awaitPromise: true,
        arguments: [root?.sharedId ? { sharedId: root.sharedId } : { type: 'null' }],
      });
      const { result: value, exceptionDetails } = result.result;
      if (exceptionDetails) throw new Error(`In the pause: ${exceptionDetails.text}`);
      return JSON.parse(String(value?.value ?? 'null'));
    },
  };
}

/** Closes Firefox; one that will not quit (a download panel once held it) is stopped. */
async function closeBrowser(browser: Browser): Promise<void> {
  const timer = setTimeout(() => browser.process()?.kill('SIGKILL'), 10_000);
  await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
  clearTimeout(timer);
}

export interface FirefoxOptions {
  profileDir?: string;
  /** Host names served by the imitation-site server on this port (support/sites.ts). */
  sites?: { hosts: string[]; port: number };
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<SteadyIn> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'steady-ff-')));
  const downloads = join(profileDir, 'downloads');
  await mkdir(downloads, { recursive: true });
  // Every connection Firefox makes goes through this proxy, so the test sees requests from
  // Steady's background and pages too (BiDi reports none from moz-extension:// pages).
  const network: NetworkWatch = await observeNetwork(options.sites);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profileDir,
    // Lets BiDi open moz-extension:// pages at all.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    // Without it Firefox ignores services.settings.server below and calls Mozilla's.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1000, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // permissions.request() on a real click is granted at once, as "Allow" would be.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': network.pacUrl,
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      // Firefox's own calls home, so any request the proxy writes down is one Steady made.
      'services.settings.server': 'data:,#remote-settings-off',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const newTab = async (url: string): Promise<FirefoxPage> => {
    const page = await browser.newPage();
    const ff = new FirefoxPage(page, browser);
    await ff.navigate(url);
    // In front, as a page a person is looking at: Steady's welcome tab opens on install and would
    // otherwise be the front tab, and Firefox stops animation frames in a tab behind it (the
    // breathing pacer would never finish).
    await page.bringToFront();
    await appReady(ff);
    return ff;
  };

  const steady: SteadyIn = {
    browser: 'firefox',
    profileDir,
    url: (path) => `${OWN}${path.replace(/^\//, '')}`,
    open: (path) => newTab(steady.url(path)),
    // A new tab shows the override, but BiDi's new tabs start at about:blank and navigating to
    // about:newtab shows Firefox's own page, so the test opens the page the override names.
    openNewTab: () => newTab(steady.url('newtab.html')),
    openWeb: (url) => newTab(url),
    async download(_page, click) {
      const before = new Set(await readdir(downloads));
      await click();
      const name = await until('a download', async () => {
        for (const file of await readdir(downloads)) {
          if (before.has(file) || file.endsWith('.part')) continue;
          if ((await stat(join(downloads, file))).size > 0) return file;
        }
        return undefined;
      });
      const file = join(downloads, name);
      return { file, text: await readFile(file, 'utf8') };
    },
    // extensions.webextOptionalPermissionPrompts=false answers the prompt.
    allowSites: async () => undefined,
    closedRoot: (page) => bidiProbe(page as FirefoxPage, browser),
    foreignRequests: () => network.foreign(),
    async restart() {
      await closeBrowser(browser);
      await network.close();
      return launchFirefox({ ...options, profileDir });
    },
    async close() {
      await closeBrowser(browser);
      await network.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
  return steady;
}
