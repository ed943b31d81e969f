/**
 * What a browser-neutral end-to-end test may ask of a page. It is a subset of Playwright's Page
 * and Locator, so in Chromium the real Playwright objects serve as they are; in Firefox
 * (support/firefox.ts) puppeteer-core implements the same subset over WebDriver BiDi. Page
 * objects in tests/e2e/pages/ and the tests in tests/e2e/both/ use only this.
 */
export type UiRole =
  | 'alert'
  | 'button'
  | 'checkbox'
  | 'combobox'
  | 'dialog'
  | 'form'
  | 'heading'
  | 'link'
  | 'radio'
  | 'radiogroup'
  | 'region'
  | 'searchbox'
  | 'status'
  | 'switch'
  | 'tab'
  | 'tablist'
  | 'tabpanel'
  | 'textbox';

export interface RoleOptions {
  name?: string | RegExp;
  exact?: boolean;
  checked?: boolean;
}

export interface UiScope {
  getByRole(role: UiRole, options?: RoleOptions): UiLocator;
  getByText(text: string | RegExp, options?: { exact?: boolean }): UiLocator;
  getByTestId(id: string): UiLocator;
  locator(css: string): UiLocator;
}

export interface UiLocator extends UiScope {
  first(): UiLocator;
  nth(index: number): UiLocator;
  filter(options: { hasText: string | RegExp }): UiLocator;
  count(): Promise<number>;
  waitFor(options?: {
    state?: 'attached' | 'detached' | 'visible' | 'hidden';
    timeout?: number;
  }): Promise<void>;
  click(): Promise<void>;
  fill(value: string): Promise<void>;
  press(key: string): Promise<void>;
  focus(): Promise<void>;
  check(): Promise<void>;
  selectOption(value: string | { label: string }): Promise<unknown>;
  setInputFiles(file: string): Promise<void>;
  textContent(): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  innerText(): Promise<string>;
  inputValue(): Promise<string>;
  getAttribute(name: string): Promise<string | null>;
  isVisible(): Promise<boolean>;
  isChecked(): Promise<boolean>;
  /** Runs `fn` on the one element, in the page. */
  evaluate<R>(fn: (el: HTMLElement) => R | Promise<R>): Promise<R>;
}

export interface UiPage extends UiScope {
  keyboard: {
    type(text: string): Promise<void>;
    /** A key or a chord, as Playwright writes it: 'Enter', 'Shift+Tab', 'Control+Enter'. */
    press(key: string): Promise<void>;
  };
  mouse: { click(x: number, y: number): Promise<void> };
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The address now (await it: Firefox asks the page). */
  url(): string | Promise<string>;
  reload(): Promise<unknown>;
  close(): Promise<void>;
}

export type BrowserName = 'chromium' | 'firefox';

/** Steady installed in a fresh profile of one browser, as every neutral test gets it. */
export interface SteadyIn {
  readonly browser: BrowserName;
  readonly profileDir: string;
  /** The address of one of Steady's own pages. */
  url(path: string): string;
  /** Opens one of Steady's own pages in a new tab. */
  open(path: string): Promise<UiPage>;
  /** Opens a new tab the way a person does; Steady's page is what it shows. */
  openNewTab(): Promise<UiPage>;
  /** Opens a web page (an imitation site) in a new tab. */
  openWeb(url: string): Promise<UiPage>;
  /** Runs `click` and returns the file it downloaded. */
  download(page: UiPage, click: () => Promise<void>): Promise<{ file: string; text: string }>;
  /**
   * Stands in for the person's "Allow" in the browser's prompt for these sites, before the
   * click that asks (platform-notes.md: Chromium needs it done ahead, Firefox is told by a pref).
   */
  allowSites(patterns: string[]): Promise<void>;
  /** What Steady's pause sees inside its closed shadow root (see pages/pauseDialog.ts). */
  closedRoot(page: UiPage): ClosedRootProbe;
  /**
   * Every request the test could see leave for anywhere but the extension's own files (and,
   * when imitation sites are served, anywhere but them).
   */
  foreignRequests(): string[];
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<SteadyIn>;
  close(): Promise<void>;
}

/**
 * Runs a function with the closed shadow root of Steady's pause (or null when there is none).
 * `source` is a function `(root, arg, find) => value` as text; its result must be JSON.
 */
export interface ClosedRootProbe {
  call(source: string, arg: unknown): Promise<unknown>;
}

/** The browser the neutral tests run in: STEADY_E2E_BROWSER, Chromium unless told. */
export function browserUnderTest(): BrowserName {
  const name = process.env.STEADY_E2E_BROWSER ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox') {
    throw new Error(`STEADY_E2E_BROWSER must be chromium or firefox, not ${name}`);
  }
  return name;
}
