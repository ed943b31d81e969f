import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { describe, expect, it } from 'vitest';
import { readEverything, readEverythingCounted } from '@/lib/journal/store/everything';
import { exportText } from '@/lib/journal/transfer/backupFiles';
import { exportFile } from '@/lib/journal/transfer/exportFile';
import { wordsFrom } from '@/lib/journal/transfer/markdownCatalogue';
import { markdownCatalogue, pageWords } from '@/lib/journal/transfer/markdownWords';
import { csvCell, neutralise, toCsv } from '@/lib/journal/transfer/csv';
import { toJson } from '@/lib/journal/transfer/json';
import { escapeMarkdownText, toMarkdown } from '@/lib/journal/transfer/markdown';
import { parseImport } from '@/lib/journal/transfer/parse';
import { writeImport } from '@/lib/journal/store/importWrite';
import { freshJournal } from '../../support/db';
import { sampleEntries, samplePauses } from './fixtures';

/** A minimal RFC 4180 reader, to check the CSV parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('the JSON export', () => {
  it('is the documented, versioned format', () => {
    const file = JSON.parse(toJson({ entries: sampleEntries(), pauses: samplePauses() }, 42));
    expect(file).toMatchObject({ format: 'steady-journal', version: 2, exportedAt: 42 });
    expect(file.entries).toEqual(sampleEntries());
    expect(file.pauses).toEqual(samplePauses());
    expect(file.rides).toEqual([]);
  });

  it('round-trips exactly: export, import into an empty journal, export again gives the same bytes', async () => {
    const first = toJson({ entries: sampleEntries(), pauses: samplePauses() }, 1);
    const db = await freshJournal();
    await writeImport(db, parseImport(first), PLAIN_CODEC.seal);
    const back = await readEverything(db, PLAIN_CODEC.open);
    expect(back.entries).toEqual(sampleEntries());
    expect(back.pauses).toEqual(samplePauses());
    expect(back.rides).toEqual([]);
    expect(toJson(back, 1)).toBe(first);
  });
});

describe('the export made in a worker (exportFile)', () => {
  it('reads the same journal in batches, saying how far it has got, and makes the same file', async () => {
    const db = await freshJournal();
    // Enough for three packs (a batch never splits one): 250 entries.
    const entries = Array.from({ length: 250 }, (_, i) => ({
      ...sampleEntries()[i % sampleEntries().length]!,
      id: `entry-${i}`,
    }));
    await writeImport(
      db,
      parseImport(toJson({ entries, pauses: samplePauses() }, 1)),
      PLAIN_CODEC.seal,
    );
    const steps: [number, number][] = [];
    const counted = await readEverythingCounted(
      db,
      PLAIN_CODEC.open,
      (done, total) => steps.push([done, total]),
      100,
    );
    expect(counted).toEqual(await readEverything(db, PLAIN_CODEC.open));
    // From nothing to all of them, never backwards, against the one total.
    expect(steps[0]).toEqual([0, entries.length]);
    expect(steps.at(-1)).toEqual([entries.length, entries.length]);
    expect(steps.length).toBeGreaterThan(2);
    for (let i = 1; i < steps.length; i++)
      expect(steps[i]![0]).toBeGreaterThanOrEqual(steps[i - 1]![0]);

    const words = wordsFrom(markdownCatalogue());
    for (const kind of ['json', 'csv', 'markdown'] as const) {
      const made = await exportFile(db, kind, 7, PLAIN_CODEC.open, words, () => undefined);
      const text = await exportText(db, kind, 7, PLAIN_CODEC);
      expect(made.entries).toBe(entries.length);
      expect(await made.file.text()).toBe(text.text);
      expect(made.file.type).toMatch(
        /^(application\/json|text\/csv|text\/markdown);charset=utf-8$/,
      );
    }
  });

  it('reads an empty journal as empty, saying so once', async () => {
    const db = await freshJournal();
    const steps: [number, number][] = [];
    const counted = await readEverythingCounted(db, PLAIN_CODEC.open, (d, t) => steps.push([d, t]));
    expect(counted).toEqual({ entries: [], pauses: [], rides: [] });
    expect(steps).toEqual([[0, 0]]);
  });
});

describe('the CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutralise(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(neutralise('fine = ok')).toBe('fine = ok');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), with CRLF rows', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    const csv = toCsv(sampleEntries());
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(expect.arrayContaining(['id', 'kind', 'text', 'tags']));
    expect(rows).toHaveLength(sampleEntries().length + 1);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    const note2 = rows.find((row) => row[0] === 'note-2')!;
    expect(note2[4]).toBe(sampleEntries()[4]!.text);
  });

  it('never starts a cell with a formula character, even from the user’s words', () => {
    const [entry] = sampleEntries();
    const csv = toCsv([{ ...entry!, text: '=1+2', tags: ['-x', '@y'] }]);
    const cells = parseCsv(csv)[1]!;
    expect(cells[4]).toBe("'=1+2");
    expect(cells.every((cell) => !/^[=+\-@]/.test(cell))).toBe(true);
  });
});

describe('the Markdown export', () => {
  it('has a section per entry, newest first, with the words kept as words', () => {
    const md = toMarkdown(sampleEntries(), 0, pageWords);
    expect(md.startsWith('# Your journal\n')).toBe(true);
    expect(md.match(/^## /gm)).toHaveLength(5);
    expect(md.indexOf('Me sent')).toBeLessThan(md.indexOf('No reply'));
    expect(md).toContain('> Me sentí tranquila hoy, &lt;b&gt;sin&lt;/b&gt; miedo.\n> Second line');
    expect(md).toContain('Intensity 7 of 10 · Reassurance · #texts #Late night');
    expect(md).toContain('Box breathing (4-4-4-4), 4 breaths');
    expect(md).toContain('lamp, window, desk, tea');
    expect(md).toContain('looked back on: The urge passed');
    expect(escapeMarkdownText('<script>&')).toBe('&lt;script&gt;&amp;');
  });
});
