import type { Locator, Page } from 'playwright-core';
import type { Steady } from '../support/steady';

/** Steady's new-tab page, reached the way a user reaches it: chrome://newtab/. */
export class NewtabPage {
  constructor(readonly page: Page) {}

  static async open(steady: Steady): Promise<NewtabPage> {
    const page = await steady.context.newPage();
    await page.goto('chrome://newtab/');
    const newtab = new NewtabPage(page);
    await page.locator('h1').first().waitFor();
    return newtab;
  }

  get title(): Locator {
    return this.page.locator('#reflection-title');
  }

  get card(): Locator {
    return this.page.locator('.card.reflection');
  }

  get noteBox(): Locator {
    return this.page.getByRole('textbox', { name: "What's on your mind?" });
  }

  /** Title and words of the card, which together name the reflection shown. */
  async reflection(): Promise<string> {
    const title = await this.page.locator('.card-title').textContent();
    const lines = await this.page.locator('.card-text').allTextContents();
    return [title, ...lines].join(' | ');
  }

  /** Steps with "Another reflection" until the card's title is `title`. */
  async showReflection(title: string): Promise<void> {
    for (let i = 0; i < 20; i++) {
      if ((await this.title.textContent()) === title) return;
      await this.page.getByRole('button', { name: 'Another reflection' }).click();
    }
    throw new Error(`No reflection titled "${title}"`);
  }
}
