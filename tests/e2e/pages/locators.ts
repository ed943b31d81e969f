import type { Locator, Page } from 'playwright-core';
import type { UiLocator, UiPage } from '../support/ui';

/**
 * What a page object's locators are: Playwright's own in a Chromium-only test (which may use
 * all of Playwright), the neutral subset in a test for both browsers (tests/e2e/both/).
 */
export type LocatorOf<P extends UiPage> = P extends Page ? Locator : UiLocator;

export function as<P extends UiPage>(locator: UiLocator): LocatorOf<P> {
  return locator as LocatorOf<P>;
}

/** Waits until `probe` says yes; a page that never gets there fails the test, saying what. */
export async function until(what: string, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
