import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from './pages/journal';
import { readJournal, sampleJournal, seedJournal, type JournalRecords } from './support/seed';
import { launchSteady, type Steady } from './support/steady';

let steady: Steady;
let journal: JournalPage;
let sample: JournalRecords;

beforeAll(async () => {
  steady = await launchSteady();
  journal = await JournalPage.open(steady);
  sample = sampleJournal();
  await seedJournal(journal.page, sample);
  await journal.reload();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe('the journal page', () => {
  it('shows entries of every kind, newest first, with their kind, time, intensity, need and tags', async () => {
    await journal.expectCount(sample.entries.length);
    const times = await journal.entries
      .locator('time')
      .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const kind of ['Note', 'Breathing', 'Grounding', 'Unsent message']) {
      await expect(
        journal.entries.locator('.entry-kind', { hasText: kind }).first().isVisible(),
      ).resolves.toBe(true);
    }
    const first = journal.entry('Asked directly how they felt');
    await expect(first.textContent()).resolves.toMatch(
      /Intensity 2 of 10 · Emotional safety · #talked/,
    );
  });

  it('searches without regard to case or accents, filters, and keeps both in the URL', async () => {
    await journal.search.fill('SENTI');
    await journal.expectCount(1);
    await expect(journal.entries.first().textContent()).resolves.toContain('Me sentí tranquila');
    await journal.search.fill('');
    await journal.expectCount(sample.entries.length);

    await journal.select('Kind').selectOption('unsent');
    await journal.expectCount(4);
    await journal.page.getByRole('textbox', { name: 'Tag' }).fill('texts');
    await journal.page.getByRole('textbox', { name: 'Tag' }).press('Enter');
    await journal.select('Kind').selectOption('note');
    await journal.expectCount(2);
    expect(new URL(journal.page.url()).search).toBe('?kind=note&tag=texts');

    await journal.reload();
    await journal.expectCount(2);
    await expect(journal.select('Kind').inputValue()).resolves.toBe('note');
    await journal.page.getByRole('button', { name: 'Clear search and filters' }).click();
    await journal.expectCount(sample.entries.length);
    expect(new URL(journal.page.url()).search).toBe('');
  });

  it('edits in place, and a failed save says why and keeps the edited words', async () => {
    const card = journal.entry('I want space tonight');
    await card.getByRole('button', { name: 'Edit' }).click();
    const box = journal.page
      .getByRole('form', { name: 'Edit entry' })
      .getByRole('textbox', { name: 'Your entry' });
    await box.fill('   ');
    await journal.page.getByRole('button', { name: 'Save changes' }).click();
    await journal.page.getByText("There's nothing to save yet").waitFor();
    await expect(box.inputValue()).resolves.toBe('   ');
    await box.fill('I want space tonight, and that is allowed. Rested well.');
    await journal.page.getByRole('button', { name: 'Save changes' }).click();
    await journal.entry('Rested well.').waitFor();
    await expect(journal.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Edit',
    );
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
    // The keyboard's place moves to Undo, since the Delete button went with its entry.
    await expect(journal.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Undo',
    );
    await journal.toast.getByRole('button', { name: 'Undo' }).click();
    await journal.toast.getByText('Entry restored').waitFor();
    await journal.expectCount(sample.entries.length);
    const after = (await readJournal(journal.page)).entries.find((e) => e.id === 'sample-unsent-0');
    expect(after).toEqual(before);
  });

  it('opens on an unsent message from its link and records whether the urge passed', async () => {
    const focused = await JournalPage.open(steady, '?entry=sample-unsent-3');
    const section = focused.page.locator('.focused-entry');
    await section.getByRole('heading', { name: 'The entry you came to see' }).waitFor();
    await expect(focused.page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'focused-heading',
    );
    await section.getByText('Do you still want to send this?').waitFor();
    await section.getByRole('button', { name: 'Copy the text' }).click();
    await section.getByText('Copied.').waitFor();
    await section.getByRole('button', { name: 'The urge passed' }).click();
    await section.getByText(/You said: The urge passed/).waitFor();
    const stored = (await readJournal(focused.page)).entries.find(
      (e) => e.id === 'sample-unsent-3',
    );
    expect(stored?.unsent?.revisit).toMatchObject({ answer: 'passed' });
    expect(stored?.text).toBe('Can we talk tonight? I miss you');
    await focused.page.close();
  });
});
