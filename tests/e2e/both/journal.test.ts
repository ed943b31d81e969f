import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from '../pages/journal';
import { launchIn } from '../support/launch';
import { readJournal, sampleJournal, seedJournal, type JournalRecords } from '../support/seed';
import type { SteadyIn, UiPage } from '../support/ui';

/** The journal page in the browser under test: read, find, change, undo, take out, bring in. */
let steady: SteadyIn;
let fresh: SteadyIn | undefined;
let journal: JournalPage<UiPage>;
let sample: JournalRecords;

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

beforeAll(async () => {
  steady = await launchIn();
  journal = await JournalPage.in(steady);
  sample = sampleJournal();
  await seedJournal(journal.page, sample);
  await journal.reload();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  if (fresh) expect(fresh.foreignRequests()).toEqual([]);
  await steady?.close();
  await fresh?.close();
});

describe(`the journal page (${process.env.STEADY_E2E_BROWSER ?? 'chromium'})`, () => {
  it('lists every entry, newest first, with its kind and details', async () => {
    await journal.expectCount(sample.entries.length);
    for (const kind of ['Note', 'Breathing', 'Grounding', 'Unsent message']) {
      expect(
        await journal.entries.locator('.entry-kind').filter({ hasText: kind }).count(),
      ).toBeGreaterThan(0);
    }
    expect(await journal.entry('Asked directly how they felt').textContent()).toMatch(
      /Intensity 2 of 10 · Emotional safety · #talked/,
    );
  });

  it('searches without regard to case or accents, filters by kind, and keeps both in the URL', async () => {
    await journal.search.fill('SENTI');
    await journal.expectCount(1);
    expect(await journal.entries.first().textContent()).toContain('Me sentí tranquila');
    await journal.search.fill('');
    await journal.expectCount(sample.entries.length);
    await journal.select('Kind').selectOption('unsent');
    await journal.expectCount(4);
    expect(new URL(await journal.page.url()).search).toBe('?kind=unsent');
    await journal.reload();
    await journal.expectCount(4);
    await journal.page.getByRole('button', { name: 'Clear search and filters' }).click();
    await journal.expectCount(sample.entries.length);
  });

  it('edits an entry in place, and the change is kept', async () => {
    await journal.entry('I want space tonight').getByRole('button', { name: 'Edit' }).click();
    const box = journal.page
      .getByRole('form', { name: 'Edit entry' })
      .getByRole('textbox', { name: 'Your entry' });
    await box.fill('I want space tonight, and that is allowed. Rested well.');
    await journal.page.getByRole('button', { name: 'Save changes' }).click();
    await journal.entry('Rested well.').waitFor();
    await journal.reload();
    await journal.entry('Rested well.').waitFor();
    const stored = (await readJournal(journal.page)).entries.find((e) => e.id === 'sample-note-5');
    expect(stored?.text).toBe('I want space tonight, and that is allowed. Rested well.');
  });

  it('deletes with an Undo that puts back exactly what was there', async () => {
    const before = (await readJournal(journal.page)).entries.find(
      (e) => e.id === 'sample-unsent-0',
    );
    await journal.entry('Are you mad at me').getByRole('button', { name: 'Delete' }).click();
    await journal.toast.getByText('Entry deleted.').waitFor();
    await journal.expectCount(sample.entries.length - 1);
    await journal.toast.getByRole('button', { name: 'Undo' }).click();
    await journal.toast.getByText('Entry restored').waitFor();
    await journal.expectCount(sample.entries.length);
    const after = (await readJournal(journal.page)).entries.find((e) => e.id === 'sample-unsent-0');
    expect(after).toEqual(before);
  });

  it('exports the journal to a file and imports it into a fresh profile, identical', async () => {
    const all = await readJournal(journal.page);
    await journal.tab('Your data').click();
    const exported = await steady.download(journal.page, () =>
      journal.page.getByRole('button', { name: 'Export JSON' }).click(),
    );
    expect(exported.file).toMatch(/steady-journal-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(exported.text);
    expect(file).toMatchObject({ format: 'steady-journal', version: 2 });
    expect(byId(file.entries)).toEqual(byId(all.entries));
    await journal.page.getByText(`Exported ${sample.entries.length} entries.`).waitFor();

    fresh = await launchIn();
    const other = await JournalPage.in(fresh, '?view=data');
    await other.page.locator('input[type=file]').setInputFiles(exported.file);
    await other.page
      .getByText(`Imported. ${sample.entries.length} new entries were added`)
      .waitFor();
    const copy = await readJournal(other.page);
    expect(byId(copy.entries)).toEqual(byId(all.entries));
    expect(byId(copy.pauses)).toEqual(byId(all.pauses));
  });
});
