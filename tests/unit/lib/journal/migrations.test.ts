import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openJournal } from '@/lib/journal/store/open';
import { DB_VERSION } from '@/lib/journal/store/schema';

const NAME = 'migration-test';

afterEach(async () => {
  await deleteDB(NAME);
});

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
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'lock', 'pauses', 'rides']);
    db.close();
  });

  it('upgrades a version 1 journal without losing or changing an entry', async () => {
    await createVersion1();
    const db = await openJournal(NAME);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('entries', 'old-1')).toMatchObject({
      text: 'written before the update',
      tags: ['v1'],
    });
    expect(await db.getAllFromIndex('entries', 'by-kind', 'note')).toHaveLength(1);
    await db.add('pauses', { id: 'p1', at: 5, site: 'whatsapp', outcome: 'saved' });
    expect(await db.getAllFromIndex('pauses', 'by-at')).toHaveLength(1);
    // Version 4's rides, empty and ready.
    expect(await db.getAllFromIndex('rides', 'by-started')).toEqual([]);
    db.close();
  });

  it('says "blocked" instead of hanging when an old page holds the database open', async () => {
    await createVersion1();
    const old = await openDB(NAME, 1); // an old page that ignores versionchange
    await expect(openJournal(NAME)).rejects.toMatchObject({ reason: 'blocked' });
    old.close();
  });
});
