import type { Locator, Page } from 'playwright-core';
import type { Steady } from '../support/steady';

/** The full journal page. */
export class JournalPage {
  constructor(readonly page: Page) {}

  static async open(steady: Steady): Promise<JournalPage> {
    const page = await steady.open('journal.html');
    await page.getByRole('heading', { name: 'Your journal' }).waitFor();
    return new JournalPage(page);
  }

  get entries(): Locator {
    return this.page.locator('.entry');
  }
}
