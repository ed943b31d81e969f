import type { Page } from 'playwright-core';
import type { Steady } from '../support/steady';
import type { SteadyIn, UiPage } from '../support/ui';
import { appReady } from '../support/appReady';
import { as, type LocatorOf } from './locators';

/** Steady's new-tab page, reached the way a user reaches it: chrome://newtab/. */
export class NewtabPage<P extends UiPage = Page> {
  constructor(readonly page: P) {}

  /** In whichever browser `steady` runs (Firefox: see SteadyIn.openNewTab). */
  static async in(steady: SteadyIn): Promise<NewtabPage<UiPage>> {
    const newtab = new NewtabPage(await steady.openNewTab());
    await newtab.page.locator('h1').first().waitFor();
    return newtab;
  }

  static async open(steady: Steady): Promise<NewtabPage> {
    const page = await steady.context.newPage();
    await page.goto('chrome://newtab/');
    await appReady(page);
    const newtab = new NewtabPage(page);
    await page.locator('h1').first().waitFor();
    return newtab;
  }

  get title(): LocatorOf<P> {
    return as<P>(this.page.locator('#reflection-title'));
  }

  get card(): LocatorOf<P> {
    return as<P>(this.page.locator('.card.reflection'));
  }

  get noteBox(): LocatorOf<P> {
    return as<P>(this.page.getByRole('textbox', { name: "What's on your mind?" }));
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
      if ((await this.page.locator('#reflection-title').textContent()) === title) return;
      await this.page.getByRole('button', { name: 'Another reflection' }).click();
    }
    throw new Error(`No reflection titled "${title}"`);
  }
}
