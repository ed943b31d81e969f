import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { describe, expect, it } from 'vitest';
import { countEntries, getEntry, pageEntries } from '@/lib/journal/store/entries';
import { addEntry, deleteEntry, restoreEntry, updateEntry } from '@/lib/journal/store/writes';
import { JournalError } from '@/lib/journal/errors';
import { MAX_TEXT_LENGTH } from '@/lib/journal/entry/limits';
import { freshJournal } from '../../support/db';

describe('the journal repository', () => {
  it('adds an entry with an id and times, and reads it back', async () => {
    const db = await freshJournal();
    const entry = await addEntry(
      db,
      { kind: 'note', text: 'Are they upset with me?', tags: ['texts'] },
      PLAIN_CODEC.seal,
      1000,
    );
    expect(entry).toMatchObject({
      kind: 'note',
      createdAt: 1000,
      updatedAt: 1000,
      tags: ['texts'],
    });
    expect(entry.id).toMatch(/[0-9a-f-]{36}/);
    expect(await getEntry(db, entry.id, PLAIN_CODEC.open)).toEqual(entry);
    expect(await countEntries(db)).toBe(1);
  });

  it('refuses an empty note and writes nothing', async () => {
    const db = await freshJournal();
    await expect(
      addEntry(db, { kind: 'note', text: '   \n' }, PLAIN_CODEC.seal),
    ).rejects.toMatchObject({
      reason: 'empty',
    });
    expect(await countEntries(db)).toBe(0);
  });

  it('saves a 100,000-character entry and refuses one character more', async () => {
    const db = await freshJournal();
    const long = 'a'.repeat(MAX_TEXT_LENGTH);
    const saved = await addEntry(db, { kind: 'note', text: long }, PLAIN_CODEC.seal);
    expect((await getEntry(db, saved.id, PLAIN_CODEC.open))?.text).toHaveLength(MAX_TEXT_LENGTH);
    await expect(
      addEntry(db, { kind: 'note', text: `${long}b` }, PLAIN_CODEC.seal),
    ).rejects.toMatchObject({
      reason: 'too-long',
    });
    expect(await countEntries(db)).toBe(1);
  });

  it('lets breathing and grounding entries have no words', async () => {
    const db = await freshJournal();
    const breath = await addEntry(
      db,
      {
        kind: 'breathing',
        breathing: { pattern: 'box', seconds: 64, cycles: 4 },
      },
      PLAIN_CODEC.seal,
    );
    expect(breath.text).toBe('');
    expect(breath.breathing).toEqual({ pattern: 'box', seconds: 64, cycles: 4 });
  });

  it('rejects an intensity outside 0–10', async () => {
    const db = await freshJournal();
    await expect(
      addEntry(db, { kind: 'note', text: 'x', intensity: 11 }, PLAIN_CODEC.seal),
    ).rejects.toBeInstanceOf(JournalError);
    await expect(
      addEntry(db, { kind: 'note', text: 'x', intensity: 2.5 }, PLAIN_CODEC.seal),
    ).rejects.toMatchObject({
      reason: 'invalid',
    });
  });

  it('pages newest first by key range without skipping or repeating', async () => {
    const db = await freshJournal();
    // Several entries share a timestamp: the id breaks the tie, so none is lost between pages.
    for (let i = 0; i < 25; i++)
      await addEntry(
        db,
        { kind: 'note', text: `n${i}` },
        PLAIN_CODEC.seal,
        1000 + Math.floor(i / 3),
      );
    const seen: string[] = [];
    let page = await pageEntries(db, { limit: 10 }, PLAIN_CODEC.open);
    seen.push(...page.entries.map((e) => e.text));
    while (page.next) {
      page = await pageEntries(db, { limit: 10, after: page.next }, PLAIN_CODEC.open);
      seen.push(...page.entries.map((e) => e.text));
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const times = (await pageEntries(db, { limit: 25 }, PLAIN_CODEC.open)).entries.map(
      (e) => e.createdAt,
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(seen[0]).toMatch(/^n(24|23|22)$/);
  });

  it('says there is no next page when the last page is exactly full', async () => {
    const db = await freshJournal();
    for (let i = 0; i < 10; i++)
      await addEntry(db, { kind: 'note', text: `n${i}` }, PLAIN_CODEC.seal, i);
    const page = await pageEntries(db, { limit: 10 }, PLAIN_CODEC.open);
    expect(page.entries).toHaveLength(10);
    expect(page.next).toBeUndefined();
  });

  it('updates the words but never the kind or creation time', async () => {
    const db = await freshJournal();
    const entry = await addEntry(
      db,
      { kind: 'note', text: 'first', intensity: 8 },
      PLAIN_CODEC.seal,
      1000,
    );
    const updated = await updateEntry(
      db,
      entry.id,
      { text: 'second', intensity: undefined },
      PLAIN_CODEC,
      2000,
    );
    expect(updated).toMatchObject({
      text: 'second',
      kind: 'note',
      createdAt: 1000,
      updatedAt: 2000,
    });
    expect(updated).not.toHaveProperty('intensity');
    expect(await getEntry(db, entry.id, PLAIN_CODEC.open)).toEqual(updated);
  });

  it('says not-found when updating an entry deleted elsewhere', async () => {
    const db = await freshJournal();
    await expect(updateEntry(db, 'nope', { text: 'x' }, PLAIN_CODEC)).rejects.toMatchObject({
      reason: 'not-found',
    });
  });

  it('deletes and restores an entry exactly', async () => {
    const db = await freshJournal();
    const entry = await addEntry(
      db,
      { kind: 'note', text: 'keep me', tags: ['a'] },
      PLAIN_CODEC.seal,
    );
    const deleted = await deleteEntry(db, entry.id, PLAIN_CODEC.open);
    expect(await getEntry(db, entry.id, PLAIN_CODEC.open)).toBeUndefined();
    await restoreEntry(db, deleted!, PLAIN_CODEC.seal);
    expect(await getEntry(db, entry.id, PLAIN_CODEC.open)).toEqual(entry);
  });
});
