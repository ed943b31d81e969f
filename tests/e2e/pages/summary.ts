import type { Locator, Page } from 'playwright-core';

/** The journal's "Summary for a session" view (journal.html?view=summary). */
export class SummaryView {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Summary for a session', level: 2 });
  }

  /** The page that prints and copies. */
  get sheet(): Locator {
    return this.page.locator('.summary-sheet');
  }

  period(name: 'Last 7 days' | 'Last 14 days' | 'Last 30 days' | 'Choose the days'): Locator {
    return this.page.getByRole('radio', { name });
  }

  /** The tick box of the entry whose words hold `text`. */
  tick(text: string): Locator {
    return this.page.locator('.choose-item').filter({ hasText: text }).getByRole('checkbox');
  }

  prompt(question: string): Locator {
    return this.page.getByRole('textbox', { name: question });
  }

  async ready(): Promise<void> {
    await this.sheet.waitFor();
  }
}
