import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from '../pages/journal';
import { launchIn } from '../support/launch';
import { readJournal, sampleJournal, type JournalRecords } from '../support/seed';
import type { SteadyIn, UiPage } from '../support/ui';

/**
 * A person who kept a journal with an earlier Steady (database version 4: one record per entry)
 * gets this version: the journal upgrades itself to packs the first time a page opens it, in
 * the real browser's IndexedDB (the unit test covers the same step on fake-indexeddb only).
 * Nothing may be lost, reordered or left uneditable.
 */
let steady: SteadyIn;
let old: JournalRecords;
let oldTab: UiPage;

/**
 * Writes a version-4 journal, from a page of Steady's that never opens the journal itself, and
 * leaves that connection open, as a tab of the old version would be (it ignores versionchange).
 */
async function writeVersion4(page: UiPage, journal: JournalRecords): Promise<void> {
  await page.evaluate(
    (journal: JournalRecords) =>
      new Promise<void>((resolve, reject) => {
        // Steady's background may have made a new, empty journal already; a connection it holds
        // closes on versionchange (lib/journal/store/open.ts), so the delete goes through.
        const removal = indexedDB.deleteDatabase('steady-journal');
        removal.onerror = () => reject(removal.error);
        removal.onsuccess = () => {
          const open = indexedDB.open('steady-journal', 4);
          open.onupgradeneeded = () => {
            // Version 4's stores, exactly as that release made them.
            const db = open.result;
            const entries = db.createObjectStore('entries', { keyPath: 'id' });
            entries.createIndex('by-created', ['createdAt', 'id']);
            entries.createIndex('by-kind', 'kind');
            db.createObjectStore('pauses', { keyPath: 'id' }).createIndex('by-at', 'at');
            db.createObjectStore('lock', { keyPath: 'id' });
            db.createObjectStore('rides', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['entries', 'pauses'], 'readwrite');
            for (const entry of journal.entries) tx.objectStore('entries').put(entry);
            for (const pause of journal.pauses) tx.objectStore('pauses').put(pause);
            tx.oncomplete = () => {
              (window as unknown as { oldJournal: IDBDatabase }).oldJournal = db;
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    journal,
  );
}

/** The journal's version and stores, as the browser reports them. */
async function layout(page: UiPage): Promise<{ version: number; stores: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
        const open = indexedDB.open('steady-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const found = { version: db.version, stores: [...db.objectStoreNames].sort() };
          db.close();
          resolve(found);
        };
      }),
  );
}

/** Pages through the list (50 at a time) with "Show older entries" until all `n` are shown. */
async function showAll(journal: JournalPage<UiPage>, n: number): Promise<void> {
  const more = journal.page.getByRole('button', { name: 'Show older entries' });
  for (let shown = 50; shown < n; shown += 50) {
    await journal.expectCount(shown);
    await more.click();
  }
  await journal.expectCount(n);
  expect(await more.count()).toBe(0);
}

beforeAll(async () => {
  steady = await launchIn();
  // The sample journal, and enough besides it for more than one pack (a pack holds 100).
  const sample = sampleJournal();
  const start = Math.min(...sample.entries.map((e) => e.createdAt)) - 400 * 60_000;
  const more = Array.from({ length: 240 }, (_, i) => ({
    ...sample.entries[0]!,
    id: `older-${i}`,
    text: `An older note, number ${i}.`,
    tags: [],
    createdAt: start + i * 60_000,
    updatedAt: start + i * 60_000,
  }));
  old = { ...sample, entries: [...sample.entries, ...more] };
  oldTab = await steady.open('icon.svg');
  await writeVersion4(oldTab, old);
  expect(await layout(oldTab)).toMatchObject({ version: 4 });
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe(`a version-4 journal opened by this Steady (${process.env.STEADY_E2E_BROWSER ?? 'chromium'})`, () => {
  let journal: JournalPage<UiPage>;
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

  it('says so while a tab of the old version holds the journal, and changes nothing', async () => {
    const page = await steady.open('journal.html');
    journal = new JournalPage(page);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Another Steady page is still open from before an update.' })
      .waitFor();
    expect(await page.locator('.entry-list').count()).toBe(0);
    // Still version 4, whole (asked of the old connection: a new one would queue behind the
    // upgrade that waits for it).
    expect(
      await oldTab.evaluate(() => {
        const db = (window as unknown as { oldJournal: IDBDatabase }).oldJournal;
        return { version: db.version, stores: [...db.objectStoreNames].sort() };
      }),
    ).toEqual({ version: 4, stores: ['entries', 'lock', 'pauses', 'rides'] });
  });

  it('upgrades by itself once that tab is closed, and shows every entry, newest first', async () => {
    await oldTab.evaluate(() =>
      (window as unknown as { oldJournal: IDBDatabase }).oldJournal.close(),
    );
    await oldTab.close();
    // No reload: the page was waiting behind its own upgrade, and now shows the journal.
    await journal.page.getByRole('alert').waitFor({ state: 'detached' });
    await showAll(journal, old.entries.length);
    const newest = [...old.entries].sort((a, b) => b.createdAt - a.createdAt)[0]!;
    expect(await journal.entries.first().textContent()).toContain(newest.text.slice(0, 30));
    expect(await layout(journal.page)).toEqual({
      version: 5,
      stores: ['lock', 'packs', 'pauses', 'rides'],
    });
  });

  it('keeps every entry and pause exactly as it was', async () => {
    const now = await readJournal(journal.page);
    expect(byId(now.entries)).toEqual(byId(old.entries));
    expect(byId(now.pauses)).toEqual(byId(old.pauses));
  });

  it('finds, edits and deletes entries that came through the upgrade', async () => {
    await journal.search.fill('number 123.');
    await journal.expectCount(1);
    await journal.entries.first().getByRole('button', { name: 'Edit' }).click();
    const box = journal.page
      .getByRole('form', { name: 'Edit entry' })
      .getByRole('textbox', { name: 'Your entry' });
    await box.fill('An older note, changed after the upgrade.');
    await journal.page.getByRole('button', { name: 'Save changes' }).click();
    // The changed words no longer match the search: the entry leaves the list it was found in.
    await journal.expectCount(0);
    // Both are older than the first page of the list: found by searching.
    await journal.search.fill('changed after the upgrade');
    await journal.expectCount(1);
    await journal.search.fill('number 207.');
    await journal.expectCount(1);
    await journal
      .entry('An older note, number 207.')
      .getByRole('button', { name: 'Delete' })
      .click();
    await journal.toast.getByText('Entry deleted.').waitFor();
    await journal.search.fill('');
    await journal.expectCount(50);
    await journal.reload();
    await showAll(journal, old.entries.length - 1);
    const now = await readJournal(journal.page);
    expect(now.entries.find((e) => e.id === 'older-123')?.text).toBe(
      'An older note, changed after the upgrade.',
    );
    expect(now.entries.find((e) => e.id === 'older-207')).toBeUndefined();
  });
});
