import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { describe, expect, it } from 'vitest';
import { readEverything } from '@/lib/journal/store/everything';
import { toJson } from '@/lib/journal/transfer/json';
import { ImportError, MAX_IMPORT_BYTES, parseImport } from '@/lib/journal/transfer/parse';
import { importErrorText } from '@/lib/journal/transfer/messages';
import { writeImport } from '@/lib/journal/store/importWrite';
import { runImport } from '@/lib/journal/transfer/importJob';
import type { ImportProgress } from '@/lib/journal/transfer/importProgress';
import type { Entry } from '@/lib/journal/entry/types';
import { MAX_TEXT_LENGTH } from '@/lib/journal/entry/limits';
import { freshJournal } from '../../support/db';
import { sampleEntries, samplePauses } from './fixtures';

const good = () => ({
  format: 'steady-journal',
  version: 1,
  exportedAt: 1,
  entries: sampleEntries() as unknown[],
  pauses: samplePauses() as unknown[],
});
const withEntry = (change: Record<string, unknown>, drop: string[] = []) => {
  const file = good();
  const entry: Record<string, unknown> = { ...sampleEntries()[0], ...change };
  for (const key of drop) delete entry[key];
  file.entries[1] = entry;
  return JSON.stringify(file);
};
const json = (value: unknown) => JSON.stringify(value);

/** Hostile and malformed files, each with the words its message must contain. */
const BAD_FILES: [name: string, text: string, says: RegExp][] = [
  ['broken JSON', '{"format": "steady-journal", "version": 1, "entries": [', /isn't readable JSON/],
  ['an empty file', '   ', /empty/],
  ['a JSON array', '[1,2,3]', /isn't a Steady journal export/],
  ['a JSON string', '"hello"', /isn't a Steady journal export/],
  ['null', 'null', /isn't a Steady journal export/],
  ['another app’s format', json({ ...good(), format: 'other-app' }), /steady-journal/],
  ['a future version', json({ ...good(), version: 3 }), /newer Steady \(format version 3\)/],
  ['no version', json({ ...good(), version: undefined }), /which version/],
  ['a version that is text', json({ ...good(), version: '1' }), /which version/],
  ['entries that are not a list', json({ ...good(), entries: {} }), /“entries” part/],
  ['pauses that are not a list', json({ ...good(), pauses: 'none' }), /“pauses” part/],
  ['an unknown top-level field', json({ ...good(), extra: 1 }), /“extra” part/],
  [
    'a __proto__ key at the top',
    '{"__proto__": {"admin": true}, "format": "steady-journal"}',
    /“__proto__”/,
  ],
  [
    'a __proto__ key in an entry',
    withEntry({}).replace('"id":"note-1"', '"__proto__":{"x":1},"id":"note-1"'),
    /“__proto__”/,
  ],
  ['a constructor key', withEntry({ constructor: { prototype: {} } }), /“(constructor|prototype)”/],
  ['a prototype key in pauses', json({ ...good(), pauses: [{ prototype: 1 }] }), /“prototype”/],
  [
    'an entry that is a number',
    json({ ...good(), entries: [5] }),
    /Entry 1 .*“entry”: it is the wrong kind/,
  ],
  ['text that is a number', withEntry({ text: 42 }), /Entry 2 .*“text”: it is the wrong kind/],
  ['a huge text', withEntry({ text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }), /“text”: it is longer/],
  ['an empty note', withEntry({ text: '  ' }), /“text”: it is empty/],
  ['an unknown kind', withEntry({ kind: 'rant' }), /“kind”: its value is not one/],
  ['a missing id', withEntry({}, ['id']), /“id”: it is missing/],
  ['a missing createdAt', withEntry({}, ['createdAt']), /“createdAt”: it is missing/],
  [
    'a time that is text',
    withEntry({ createdAt: '2026-01-01' }),
    /“createdAt”: it is the wrong kind/,
  ],
  ['intensity 11', withEntry({ intensity: 11 }), /“intensity”: its value/],
  ['intensity 2.5', withEntry({ intensity: 2.5 }), /“intensity”: its value/],
  ['an unknown need', withEntry({ need: 'cake' }), /“need”: its value/],
  ['tags that are not a list', withEntry({ tags: 'a,b' }), /“tags”: it is the wrong kind/],
  [
    'too many tags',
    withEntry({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }),
    /“tags”: it is longer/,
  ],
  ['a tag that is an object', withEntry({ tags: [{}] }), /“tags”: it is the wrong kind/],
  [
    'an unknown entry field',
    withEntry({ html: '<img src=x onerror=alert(1)>' }),
    /“html”: Steady doesn't know/,
  ],
  ['an unsent entry without details', withEntry({ kind: 'unsent' }), /“unsent”: it is missing/],
  [
    'a bad revisit answer',
    withEntry({
      kind: 'unsent',
      unsent: { site: 'x', matched: [], revisit: { answer: 'maybe', at: 1 } },
    }),
    /“unsent.revisit.answer”/,
  ],
  [
    'a bad pause outcome',
    json({ ...good(), pauses: [{ id: 'p', at: 1, site: 's', outcome: 'exploded' }] }),
    /Pause record 1 .*“outcome”/,
  ],
  [
    'duplicate entry ids',
    json({ ...good(), entries: [sampleEntries()[0], sampleEntries()[0]] }),
    /Entry 2 .*same id/,
  ],
  [
    'duplicate pause ids',
    json({ ...good(), pauses: [samplePauses()[0], samplePauses()[0]] }),
    /Pause record 2 .*same id/,
  ],
  [
    'NaN smuggled as a string number',
    withEntry({ updatedAt: null }),
    /“updatedAt”: it is the wrong kind/,
  ],
];

async function journalWithSomething() {
  const db = await freshJournal();
  await writeImport(
    db,
    { entries: [sampleEntries()[4]!], pauses: [samplePauses()[1]!] },
    PLAIN_CODEC.seal,
  );
  return db;
}

describe('importing a file', () => {
  it.each(BAD_FILES)(
    'refuses %s, says why, and leaves the journal as it was',
    async (_name, text, says) => {
      const db = await journalWithSomething();
      const before = await readEverything(db, PLAIN_CODEC.open);
      let caught: unknown;
      try {
        await writeImport(db, parseImport(text), PLAIN_CODEC.seal);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ImportError);
      const message = importErrorText(caught);
      expect(message).toMatch(says);
      expect(message).toContain('your journal is unchanged');
      expect(await readEverything(db, PLAIN_CODEC.open)).toEqual(before);
    },
  );

  it('refuses a file over the size limit without reading it', () => {
    expect(() => parseImport('{}', MAX_IMPORT_BYTES + 1)).toThrow(ImportError);
    expect(importErrorText(catchError(() => parseImport('{}', MAX_IMPORT_BYTES + 1)))).toMatch(
      /larger than 50 MB/,
    );
  });

  it('keeps HTML in text as text, exactly as written', async () => {
    const db = await freshJournal();
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const entry = { ...sampleEntries()[0]!, text: html };
    await writeImport(db, parseImport(toJson({ entries: [entry], pauses: [] })), PLAIN_CODEC.seal);
    expect((await readEverything(db, PLAIN_CODEC.open)).entries[0]!.text).toBe(html);
  });

  it('builds clean records: nothing from the file’s prototype chain gets in', () => {
    const parsed = parseImport(toJson({ entries: sampleEntries(), pauses: [] }));
    for (const entry of parsed.entries) expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('merges entries with the same id instead of doubling them, and keeps the newer edit', async () => {
    const db = await journalWithSomething();
    const mine = sampleEntries()[4]!;
    const older: Entry = { ...mine, text: 'an older version', updatedAt: mine.updatedAt - 1 };
    const summary = await writeImport(
      db,
      parseImport(toJson({ entries: [older, sampleEntries()[0]!], pauses: samplePauses() })),
      PLAIN_CODEC.seal,
    );
    expect(summary).toEqual({
      added: 1,
      merged: 1,
      pausesAdded: 2,
      pausesMerged: 1,
      ridesAdded: 0,
    });
    const after = await readEverything(db, PLAIN_CODEC.open);
    expect(after.entries).toHaveLength(2);
    expect(after.entries.find((e) => e.id === mine.id)!.text).toBe(mine.text);
    const newer: Entry = { ...mine, text: 'edited later elsewhere', updatedAt: mine.updatedAt + 1 };
    await writeImport(db, parseImport(toJson({ entries: [newer], pauses: [] })), PLAIN_CODEC.seal);
    expect(
      (await readEverything(db, PLAIN_CODEC.open)).entries.find((e) => e.id === mine.id)!.text,
    ).toBe('edited later elsewhere');
  });

  it('imports the same file twice without changing anything the second time', async () => {
    const db = await freshJournal();
    const file = toJson({ entries: sampleEntries(), pauses: samplePauses() });
    await writeImport(db, parseImport(file), PLAIN_CODEC.seal);
    const once = await readEverything(db, PLAIN_CODEC.open);
    const summary = await writeImport(db, parseImport(file), PLAIN_CODEC.seal);
    expect(summary).toMatchObject({ added: 0, merged: 5 });
    expect(await readEverything(db, PLAIN_CODEC.open)).toEqual(once);
  });

  it('writes all or nothing: a failure part-way leaves no record of the file behind', async () => {
    const db = await journalWithSomething();
    const before = await readEverything(db, PLAIN_CODEC.open);
    // A record with no id is refused (as IndexedDB refused it), after valid ones were read.
    const broken = {
      entries: [sampleEntries()[0]!, { ...sampleEntries()[1]!, id: undefined } as unknown as Entry],
      pauses: [],
    };
    await expect(writeImport(db, broken, PLAIN_CODEC.seal)).rejects.toBeTruthy();
    expect(await readEverything(db, PLAIN_CODEC.open)).toEqual(before);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('an import run from start to end (as its worker runs it)', () => {
  it('says it is checking, then counts the records as they are written, up to all of them', async () => {
    const db = await freshJournal();
    const many = Array.from({ length: 4_500 }, (_, i) => ({
      ...sampleEntries()[0]!,
      id: `many-${i}`,
    }));
    const file = new Blob([json({ ...good(), entries: many })], { type: 'application/json' });
    const seen: ImportProgress[] = [];
    const summary = await runImport(db, file, file.size, PLAIN_CODEC.seal, (p) => seen.push(p));
    const total = 4_500 + samplePauses().length;
    expect(summary).toMatchObject({ added: 4_500, pausesAdded: samplePauses().length });
    expect(seen[0]).toEqual({ phase: 'checking' });
    expect(seen[1]).toEqual({ phase: 'writing', done: 0, total });
    expect(seen.at(-1)).toEqual({ phase: 'writing', done: total, total });
    expect(seen.filter((p) => p.phase === 'writing').length).toBeGreaterThanOrEqual(4);
    expect((await readEverything(db, PLAIN_CODEC.open)).entries).toHaveLength(4_500);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const db = await freshJournal();
    const huge = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) };
    await expect(
      runImport(db, huge as unknown as Blob, undefined, PLAIN_CODEC.seal),
    ).rejects.toMatchObject({ problem: { reason: 'too-big' } });
  });

  it('still refuses a forbidden key spelled with \\u escapes (the quick parse is not used then)', () => {
    const text = withEntry({}).replace('"id":"note-1"', '"\\u005f_proto__":{"x":1},"id":"note-1"');
    expect(text).toContain('\\u005f_proto__');
    const error = catchError(() => parseImport(text));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toEqual({ reason: 'forbidden-key', key: '__proto__' });
  });
});
