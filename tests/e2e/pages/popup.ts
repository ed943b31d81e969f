import type { Page } from 'playwright-core';
import type { Steady } from '../support/steady';
import type { SteadyIn, UiPage } from '../support/ui';
import { appReady } from '../support/appReady';
import { as, type LocatorOf } from './locators';

/** The toolbar popup, opened as a page (what the toolbar button shows, at the same URL). */
export class PopupPage<P extends UiPage = Page> {
  constructor(readonly page: P) {}

  /** Chromium only (Playwright), with an optional fake clock. */
  static async open(steady: Steady, options: { fakeClock?: boolean } = {}): Promise<PopupPage> {
    const page = await steady.context.newPage();
    // A fake clock lets a one-minute breathing session run in a moment.
    if (options.fakeClock) await page.clock.install();
    await page.goto(steady.url('popup.html'));
    await appReady(page);
    const popup = new PopupPage(page);
    await popup.reminder.waitFor();
    return popup;
  }

  /** In whichever browser `steady` runs. */
  static async in(steady: SteadyIn): Promise<PopupPage<UiPage>> {
    const popup = new PopupPage(await steady.open('popup.html'));
    await popup.reminder.waitFor();
    return popup;
  }

  get reminder(): LocatorOf<P> {
    return as<P>(this.page.getByText("Distance doesn't always mean rejection."));
  }

  tab(name: 'Breathe' | 'Ground' | 'Reframe' | 'Write'): LocatorOf<P> {
    return as<P>(this.page.getByRole('tab', { name }));
  }

  get entryBox(): LocatorOf<P> {
    return as<P>(this.page.getByRole('textbox', { name: 'Your entry' }));
  }

  get status(): LocatorOf<P> {
    return as<P>(this.page.locator('#save-status'));
  }

  /** The recent-entries list under the quick journal. */
  get recent(): LocatorOf<P> {
    return as<P>(this.page.locator('.recent .entry'));
  }

  async write(text: string): Promise<void> {
    await this.tab('Write').click();
    await this.entryBox.fill(text);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save to journal' }).click();
  }

  /** Reloads it, as a person closing and opening it again, and waits for the app to attach. */
  async reload(): Promise<void> {
    await this.page.reload();
    await appReady(this.page);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
