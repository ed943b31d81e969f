import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from './pages/journal';
import { readJournal, sampleJournal, seedJournal, type JournalRecords } from './support/seed';
import { launchSteady, type Steady } from './support/steady';

let steady: Steady;
let fresh: Steady | undefined;
let sample: JournalRecords;
let journal: JournalPage;

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

beforeAll(async () => {
  steady = await launchSteady();
  journal = await JournalPage.open(steady);
  sample = sampleJournal();
  await seedJournal(journal.page, sample);
  await journal.reload();
  await journal.tab('Your data').click();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  if (fresh) expect(fresh.foreignRequests()).toEqual([]);
  await steady?.close();
  await fresh?.close();
});

async function download(name: string): Promise<{ file: string; text: string }> {
  const [download] = await Promise.all([
    journal.page.waitForEvent('download'),
    journal.page.getByRole('button', { name }).click(),
  ]);
  const file = join(steady.profileDir, download.suggestedFilename());
  await download.saveAs(file);
  return { file, text: await readFile(file, 'utf8') };
}

describe('owning the data', () => {
  let exported: { file: string; text: string };

  it('exports JSON in the documented format, with every record', async () => {
    exported = await download('Export JSON');
    expect(exported.file).toMatch(/steady-journal-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(exported.text);
    expect(file).toMatchObject({ format: 'steady-journal', version: 2 });
    expect(byId(file.entries)).toEqual(byId(sample.entries));
    expect(byId(file.pauses)).toEqual(byId(sample.pauses));
    await journal.page.getByText(`Exported ${sample.entries.length} entries.`).waitFor();
  });

  it('exports Markdown for reading and CSV for a spreadsheet', async () => {
    const md = await download('Export Markdown');
    expect(md.file).toMatch(/\.md$/);
    expect(md.text).toContain('# Your journal');
    expect(md.text).toContain('> Me sentí tranquila hoy.');
    const csv = await download('Export CSV');
    expect(csv.text.split('\r\n')[0]).toMatch(/^id,kind,created,updated,text/);
    expect(csv.text).toContain("Are you mad at me?? You haven't answered all day");
  });

  it('imports the export into a fresh profile with identical content', async () => {
    fresh = await launchSteady();
    const other = await JournalPage.open(fresh, '?view=data');
    await other.page.locator('input[type=file]').setInputFiles(exported.file);
    await other.page
      .getByText(
        `Imported. ${sample.entries.length} new entries were added, and 0 you already had were merged.`,
      )
      .waitFor();
    const copy = await readJournal(other.page);
    expect(byId(copy.entries)).toEqual(byId(sample.entries));
    expect(byId(copy.pauses)).toEqual(byId(sample.pauses));

    // The same file again: merged, not doubled.
    await other.page.locator('input[type=file]').setInputFiles(exported.file);
    await other.page
      .getByText(`0 new entries were added, and ${sample.entries.length} you already had`)
      .waitFor();
    expect((await readJournal(other.page)).entries).toHaveLength(sample.entries.length);
  });

  it('refuses a hostile file with a clear message, and changes nothing', async () => {
    const before = await readJournal(journal.page);
    const hostile = join(steady.profileDir, 'hostile.json');
    await writeFile(
      hostile,
      '{"format":"steady-journal","version":1,"exportedAt":1,"entries":[{"__proto__":{"admin":true}}],"pauses":[]}',
    );
    await journal.page.locator('input[type=file]').setInputFiles(hostile);
    await journal.page.getByText(/a field named “__proto__”.*your journal is unchanged/).waitFor();
    const future = join(steady.profileDir, 'future.json');
    await writeFile(
      future,
      JSON.stringify({
        format: 'steady-journal',
        version: 9,
        exportedAt: 1,
        entries: [],
        pauses: [],
      }),
    );
    await journal.page.locator('input[type=file]').setInputFiles(future);
    await journal.page.getByText(/newer Steady \(format version 9\)/).waitFor();
    expect(await readJournal(journal.page)).toEqual(before);
  });

  it('says whether the browser will keep the journal, and asks it to when told', async () => {
    const panel = journal.page.getByRole('region', { name: 'Keep your journal safe' });
    await panel.getByText(/only be cleared if you clear it yourself/).waitFor();
    const ask = panel.getByRole('button', { name: 'Ask the browser to keep it' });
    if (await ask.isVisible()) await ask.click();
    await panel.getByText(/Your browser will keep|Your browser said no for now/).waitFor();
  });

  it('deletes everything only after a confirmation that names what will be lost', async () => {
    await journal.page.getByRole('button', { name: 'Delete everything…' }).click();
    const question = `Delete ${sample.entries.length} entries and ${sample.pauses.length} pause records?`;
    await journal.page.getByText(question).waitFor();
    await journal.page.getByRole('button', { name: 'Export a copy first' }).waitFor();
    await journal.page.getByRole('button', { name: 'Keep my journal' }).click();
    expect((await readJournal(journal.page)).entries).toHaveLength(sample.entries.length);

    await journal.page.getByRole('button', { name: 'Delete everything…' }).click();
    await journal.page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await journal.page
      .getByText(/^Everything is deleted: entries, pauses, urges ridden out, drafts/)
      .waitFor();
    // It says what stays, so nobody wonders whether their settings went too.
    await journal.page
      .getByText('What stays: your settings and the sites where the pause is on.', { exact: false })
      .waitFor();
    expect(await readJournal(journal.page)).toEqual({ entries: [], pauses: [], rides: [] });
    await journal.tab('Entries').click();
    await journal.page
      .getByText(/Nothing here yet|Your journal is empty/)
      .first()
      .waitFor();
  });
});
