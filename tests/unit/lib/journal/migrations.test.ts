import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openJournal } from '@/lib/journal/store/open';
import { DB_VERSION } from '@/lib/journal/store/schema';
import { pageEntries } from '@/lib/journal/store/entries';
import { deleteEntry, updateEntry } from '@/lib/journal/store/writes';
import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { allRecords, getRecord } from '../../support/stored';
import { PACKS_ONLY } from '@/lib/journal/store/packs';

const NAME = 'migration-test';

afterEach(async () => {
  await deleteDB(NAME);
});

/** An empty database exactly as Steady's version 4 made it (a record per entry). */
function createVersion4() {
  return openDB(NAME, 4, {
    upgrade(db) {
      const entries = db.createObjectStore('entries', { keyPath: 'id' });
      entries.createIndex('by-created', ['createdAt', 'id']);
      entries.createIndex('by-kind', 'kind');
      db.createObjectStore('pauses', { keyPath: 'id' }).createIndex('by-at', 'at');
      db.createObjectStore('lock', { keyPath: 'id' });
      db.createObjectStore('rides', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
    },
  });
}

/** Builds a database exactly as Steady's version 1 left it, with one entry in it. */
async function createVersion1() {
  const v1 = await openDB(NAME, 1, {
    upgrade(db) {
      const entries = db.createObjectStore('entries', { keyPath: 'id' });
      entries.createIndex('by-created', ['createdAt', 'id']);
      entries.createIndex('by-kind', 'kind');
    },
  });
  await v1.add('entries', {
    id: 'old-1',
    kind: 'note',
    text: 'written before the update',
    tags: ['v1'],
    createdAt: 1,
    updatedAt: 1,
  });
  v1.close();
}

describe('journal migrations', () => {
  it('opens a new database at the current version with every store', async () => {
    const db = await openJournal(NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['lock', 'packs', 'pauses', 'rides']);
    db.close();
  });

  it('upgrades a version 1 journal without losing or changing an entry', async () => {
    await createVersion1();
    const db = await openJournal(NAME);
    expect(db.version).toBe(DB_VERSION);
    expect(await getRecord(db, 'old-1')).toMatchObject({
      text: 'written before the update',
      tags: ['v1'],
    });
    expect([...db.objectStoreNames]).not.toContain('entries');
    await db.add('pauses', { id: 'p1', at: 5, site: 'whatsapp', outcome: 'saved' });
    expect(await db.getAllFromIndex('pauses', 'by-at')).toHaveLength(1);
    // Version 4's rides, empty and ready.
    expect(await db.getAllFromIndex('rides', 'by-started')).toEqual([]);
    db.close();
  });

  it('packs a version 4 journal: every entry kept as it was, in order, and still editable', async () => {
    const v4 = await createVersion4();
    const old = Array.from({ length: 250 }, (_, i) => ({
      id: `e${String(i).padStart(3, '0')}`,
      kind: i % 7 ? 'note' : 'unsent',
      text: `entry ${i}`,
      tags: [],
      // Written out of order, two at the same millisecond: the order is by [createdAt, id].
      createdAt: 10_000 - Math.floor(i / 2),
      updatedAt: 1,
      ...(i % 7 ? {} : { unsent: { site: 'whatsapp', matched: [] } }),
    }));
    const tx = v4.transaction('entries', 'readwrite');
    for (const entry of old) void tx.store.put(entry);
    await tx.done;
    v4.close();

    const db = await openJournal(NAME);
    const records = await allRecords(db);
    expect(records).toHaveLength(250);
    expect(records.map((r) => r.id)).toEqual(
      [...old].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)).map((r) => r.id),
    );
    expect(records.find((r) => r.id === 'e123')).toEqual(old[123]);
    // Three packs of at most a hundred, not 250 records.
    expect(await db.count('packs', PACKS_ONLY)).toBe(3);
    const page = await pageEntries(db, { limit: 50 }, PLAIN_CODEC.open);
    // Newest first by [createdAt, id]: e000 and e001 share a millisecond, the larger id first.
    expect(page.entries.map((e) => e.id).slice(0, 3)).toEqual(['e001', 'e000', 'e003']);
    await updateEntry(db, 'e123', { text: 'changed after the update' }, PLAIN_CODEC);
    await deleteEntry(db, 'e000', PLAIN_CODEC.open);
    expect((await getRecord(db, 'e123')) as { text: string }).toMatchObject({
      text: 'changed after the update',
    });
    expect(await getRecord(db, 'e000')).toBeUndefined();
    expect(await allRecords(db)).toHaveLength(249);
    db.close();
  });

  it('packs a version 4 journal larger than one read (the upgrade reads and writes in steps)', async () => {
    const v4 = await createVersion4();
    // Ids in the opposite order to times, so the reads (by id) come in no useful order; one
    // odd record (a number for an id) among them.
    const old = Array.from({ length: 4_321 }, (_, i) => ({
      id: i === 77 ? 77 : `n${String(9_999 - i).padStart(4, '0')}`,
      kind: 'note',
      text: `entry ${i}`,
      tags: [],
      createdAt: 1_000_000 + i * 1_000,
      updatedAt: 1,
    }));
    const tx = v4.transaction('entries', 'readwrite');
    for (const entry of old) void tx.store.put(entry);
    await tx.done;
    v4.close();

    const db = await openJournal(NAME);
    const records = (await allRecords(db)) as { id: string; createdAt: number }[];
    expect(records).toHaveLength(old.length);
    expect(records.map((r) => r.createdAt)).toEqual(old.map((r) => r.createdAt));
    expect(records[77]!.id).toBe('77');
    expect(await db.count('packs', PACKS_ONLY)).toBe(44);
    expect(db.objectStoreNames.contains('entries' as never)).toBe(false);
    expect((await getRecord(db, 'n9000')) as { text: string }).toMatchObject({ text: 'entry 999' });
    db.close();
  });

  it('says "blocked" instead of hanging when an old page holds the database open', async () => {
    await createVersion1();
    const old = await openDB(NAME, 1); // an old page that ignores versionchange
    await expect(openJournal(NAME)).rejects.toMatchObject({ reason: 'blocked' });
    old.close();
  });
});
