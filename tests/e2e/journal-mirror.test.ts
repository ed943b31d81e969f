import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/journal/entry/types';
import { JournalPage } from './pages/journal';
import { seedJournal } from './support/seed';
import { launchSteady, type Steady } from './support/steady';

/**
 * The journal page's search and Patterns come from its mirror: a worker that reads the journal
 * itself and opens sealed records with the page's keys. A journal of a few thousand entries
 * (two fill batches), searched, edited here, changed in another tab, and searched again after
 * the lock goes on, the page locks and unlocks.
 */
let steady: Steady;
let journal: JournalPage;
const SIZE = 4_000;
const DAY = 86_400_000;
const PASSCODE = 'blue heron at dawn';

function bigJournal(now: number): Entry[] {
  return Array.from({ length: SIZE }, (_, i) => ({
    id: `big-${String(i).padStart(5, '0')}`,
    kind: 'note' as const,
    // Entry 0 is the newest, the last one the oldest, a year back.
    createdAt: now - 60_000 - Math.floor((i * 365 * DAY) / SIZE),
    updatedAt: now - 60_000,
    text:
      i === SIZE - 1
        ? 'The oldest words: a lighthouse in the fog'
        : `Day ${i}: checked my phone again, they read it and said nothing`,
    intensity: i % 11,
    need: 'reassurance' as const,
    tags: i % 2 ? ['texts'] : [],
  }));
}

const searchesBy = (journal: JournalPage) =>
  journal.page.evaluate(() => ({
    mirror: performance.getEntriesByName('steady:search-mirror').length,
    database: performance.getEntriesByName('steady:search-database').length,
  }));

const nothing = (journal: JournalPage) =>
  journal.page.getByText('Nothing matches these words and filters.').waitFor();

beforeAll(async () => {
  steady = await launchSteady();
  journal = await JournalPage.open(steady);
  await seedJournal(journal.page, { entries: bigJournal(Date.now()), pauses: [] });
  await journal.reload();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe("the journal's search at a few thousand entries", () => {
  it('finds the oldest entry and answers "nothing" for a word in none, from the mirror', async () => {
    await journal.search.fill('LIGHTHOUSE');
    await journal.expectCount(1);
    await journal.entry('a lighthouse in the fog').waitFor();
    await journal.search.fill('zebra');
    await nothing(journal);
    const by = await searchesBy(journal);
    expect(by).toMatchObject({ database: 0 });
    expect(by.mirror).toBeGreaterThanOrEqual(2);
  });

  it('finds words just written on this page, and forgets words just removed', async () => {
    await journal.search.fill('');
    await journal.expectCount(50);
    await journal.entries.first().getByRole('button', { name: 'Edit' }).click();
    const box = journal.page
      .getByRole('form', { name: 'Edit entry' })
      .getByRole('textbox', { name: 'Your entry' });
    await box.fill('A giraffe walked past the window.');
    await journal.page.getByRole('button', { name: 'Save changes' }).click();
    await journal.entry('A giraffe walked past').waitFor();
    await journal.search.fill('giraffe');
    await journal.expectCount(1);
    // The same entry edited again: the old words are no longer found.
    await journal.entries.first().getByRole('button', { name: 'Edit' }).click();
    await box.fill('A horse walked past the window.');
    await journal.page.getByRole('button', { name: 'Save changes' }).click();
    await nothing(journal);
    await journal.search.fill('horse');
    await journal.expectCount(1);
  });

  it('follows a delete made in another tab', async () => {
    await journal.search.fill('lighthouse');
    await journal.expectCount(1);
    const other = await JournalPage.open(steady, '?q=lighthouse');
    await other.expectCount(1);
    await other.entries.first().getByRole('button', { name: 'Delete' }).click();
    await other.toast.getByText('Entry deleted.').waitFor();
    // The first tab hears of it and asks its mirror again: the entry is gone from it.
    await nothing(journal);
    await other.page.close();
  });

  it('counts Patterns from the mirror, the whole journal in them', async () => {
    await journal.tab('Patterns').click();
    const needs = journal.page.locator('#chart-needs-summary');
    // Every entry but the one deleted asked for reassurance.
    await needs.getByText(`Reassurance (${(SIZE - 1).toLocaleString('en')} times)`).waitFor();
    const marks = await journal.page.evaluate(() => ({
      mirror: performance.getEntriesByName('steady:patterns-mirror').length,
      database: performance.getEntriesByName('steady:patterns-database').length,
    }));
    expect(marks).toEqual({ mirror: 1, database: 0 });
    await journal.tab('Entries').click();
  });

  it('searches sealed entries once the lock is on, forgets them on lock, and again after unlock', async () => {
    const data = await JournalPage.open(steady, '?view=data');
    await data.page.getByRole('button', { name: 'Set a passcode…' }).click();
    await data.page.getByLabel('New passcode').fill(PASSCODE);
    await data.page.getByLabel('The same passcode again').fill(PASSCODE);
    await data.page.getByRole('checkbox', { name: /a lost passcode cannot be recovered/ }).check();
    await data.page.getByRole('button', { name: 'Turn on the lock' }).click();
    await data.page.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 60_000 });
    await data.page.close();

    // A page of its own, unlocked: its mirror opens the sealed records with its keys.
    const sealed = await JournalPage.open(steady);
    await sealed.page.getByLabel('Passcode').fill(PASSCODE);
    await sealed.page.getByRole('button', { name: 'Unlock' }).click();
    await sealed.expectCount(50);
    await sealed.search.fill('horse');
    await sealed.expectCount(1);
    await sealed.search.fill('lighthouse');
    await nothing(sealed);
    expect(await searchesBy(sealed)).toMatchObject({ database: 0 });

    // Locked: nothing of the journal shows, and the mirror (its keys, its words) is gone.
    await sealed.tab('Your data').click();
    await sealed.page.getByRole('button', { name: 'Lock now' }).click();
    await sealed.page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    expect(await sealed.entries.count()).toBe(0);

    // Unlocked again: search works, and through a new mirror once it has the keys (a search in
    // the moment before is answered by the database, with the same answer).
    const before = await searchesBy(sealed);
    await sealed.page.getByLabel('Passcode').fill(PASSCODE);
    await sealed.page.getByRole('button', { name: 'Unlock' }).click();
    await sealed.tab('Entries').click();
    await sealed.search.fill('giraffe');
    await nothing(sealed);
    await sealed.search.fill('HORSE');
    await sealed.expectCount(1);
    await expect
      .poll(async () => {
        await sealed.search.fill('giraffe');
        await nothing(sealed);
        await sealed.search.fill('horse');
        await sealed.expectCount(1);
        return (await searchesBy(sealed)).mirror;
      })
      .toBeGreaterThan(before.mirror);
    await sealed.page.close();
  });

  it('exports every sealed entry in plain words, the file made in a worker', async () => {
    const data = await JournalPage.open(steady, '?view=data');
    await data.page.getByLabel('Passcode').fill(PASSCODE);
    await data.page.getByRole('button', { name: 'Unlock' }).click();
    const button = data.page.getByRole('button', { name: 'Export JSON' });
    await button.click();
    // With the lock on, a file in plain words is asked about first.
    const [download] = await Promise.all([
      data.page.waitForEvent('download'),
      data.page.getByRole('button', { name: 'Save the file' }).click(),
    ]);
    const file = join(steady.profileDir, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8'));
    expect(backup.entries).toHaveLength(SIZE - 1); // all but the one deleted
    expect(backup.entries.map((e: Entry) => e.text)).toContain('A horse walked past the window.');
    expect(JSON.stringify(backup)).not.toContain('"sealed"');
    await data.page.getByText(`Exported ${(SIZE - 1).toLocaleString('en')} entries.`).waitFor();
    // It was the worker's: the page made no file of its own.
    const marks = await data.page.evaluate(() => ({
      worker: performance.getEntriesByName('steady:export-worker').length,
      page: performance.getEntriesByName('steady:export-page').length,
    }));
    expect(marks).toEqual({ worker: 1, page: 0 });

    // Markdown too, in the person's words, though a worker has no i18n of its own.
    await data.page.getByRole('button', { name: 'Export Markdown' }).click();
    const [markdown] = await Promise.all([
      data.page.waitForEvent('download'),
      data.page.getByRole('button', { name: 'Save the file' }).click(),
    ]);
    const md = join(steady.profileDir, markdown.suggestedFilename());
    await markdown.saveAs(md);
    const text = await readFile(md, 'utf8');
    expect(text).toMatch(/^# Your journal\n/);
    expect(text).toContain('> A horse walked past the window.');
    expect(text.match(/^## /gm)).toHaveLength(SIZE - 1);
    expect(text).toContain('Reassurance');
    expect(
      await data.page.evaluate(() => performance.getEntriesByName('steady:export-worker').length),
    ).toBe(2);
    await data.page.close();
  });
});
