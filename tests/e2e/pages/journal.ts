import type { Page } from 'playwright-core';
import type { Steady } from '../support/steady';
import type { SteadyIn, UiPage } from '../support/ui';
import { as, until, type LocatorOf } from './locators';

/** The full journal page. */
export class JournalPage<P extends UiPage = Page> {
  constructor(readonly page: P) {}

  /** Opens journal.html (with an optional query string) and waits for the list to settle. */
  static async open(steady: Steady, query = ''): Promise<JournalPage> {
    const journal = new JournalPage(await steady.open(`journal.html${query}`));
    await journal.ready();
    return journal;
  }

  /** The same, in whichever browser `steady` runs. */
  static async in(steady: SteadyIn, query = ''): Promise<JournalPage<UiPage>> {
    const journal = new JournalPage(await steady.open(`journal.html${query}`));
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

  get entries(): LocatorOf<P> {
    return as<P>(this.page.locator('.entry-list .entry-card'));
  }

  entry(text: string | RegExp): LocatorOf<P> {
    return as<P>(this.page.locator('.entry-list .entry-card').filter({ hasText: text }));
  }

  tab(name: 'Entries' | 'Patterns' | 'Your data'): LocatorOf<P> {
    return as<P>(this.page.getByRole('tab', { name }));
  }

  get search(): LocatorOf<P> {
    return as<P>(this.page.getByRole('searchbox', { name: 'Search your journal' }));
  }

  select(name: 'Kind' | 'Need'): LocatorOf<P> {
    return as<P>(this.page.getByRole('combobox', { name }));
  }

  get toast(): LocatorOf<P> {
    return as<P>(this.page.locator('.toast'));
  }

  /** Waits until the list shows exactly this many entries. */
  async expectCount(n: number): Promise<void> {
    const entries = this.page.locator('.entry-list .entry-card');
    await until(`${n} entries in the list`, async () => (await entries.count()) === n);
  }
}
