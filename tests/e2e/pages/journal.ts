import type { Locator, Page } from 'playwright-core';
import type { Steady } from '../support/steady';

/** The full journal page. */
export class JournalPage {
  constructor(readonly page: Page) {}

  /** Opens journal.html (with an optional query string) and waits for the list to settle. */
  static async open(steady: Steady, query = ''): Promise<JournalPage> {
    const page = await steady.open(`journal.html${query}`);
    const journal = new JournalPage(page);
    await journal.ready();
    return journal;
  }

  async ready(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Your journal', exact: true }).waitFor();
    await this.page
      .getByText('Loading…')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  get entries(): Locator {
    return this.page.locator('.entry-list .entry-card');
  }

  entry(text: string | RegExp): Locator {
    return this.entries.filter({ hasText: text });
  }

  tab(name: 'Entries' | 'Patterns' | 'Your data'): Locator {
    return this.page.getByRole('tab', { name });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search your journal' });
  }

  select(name: 'Kind' | 'Need'): Locator {
    return this.page.getByRole('combobox', { name });
  }

  get toast(): Locator {
    return this.page.locator('.toast');
  }

  /** Waits until the list shows exactly this many entries. */
  async expectCount(n: number): Promise<void> {
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('.entry-list .entry-card').length === n,
      n,
    );
  }
}
