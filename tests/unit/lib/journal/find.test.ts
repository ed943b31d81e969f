import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { describe, expect, it } from 'vitest';
import { findEntries } from '@/lib/journal/search/find';
import type { Entry } from '@/lib/journal/entry/types';
import { freshJournal } from '../../support/db';
import { sampleEntries } from './fixtures';
import { putRecords } from '../../support/stored';

async function seeded(entries: Entry[]) {
  const db = await freshJournal();
  await putRecords(db, entries);
  return db;
}

function many(n: number): Entry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${String(i).padStart(4, '0')}`,
    kind: 'note' as const,
    createdAt: 1_700_000_000_000 + i * 60_000,
    updatedAt: 1_700_000_000_000 + i * 60_000,
    text: i % 10 === 0 ? `tenth ${i}` : `plain ${i}`,
    tags: [],
  }));
}

describe('finding entries', () => {
  it('pages the filtered results newest first, without skipping or repeating', async () => {
    const db = await seeded(many(250));
    const seen: string[] = [];
    let page = await findEntries(db, { q: 'tenth' }, { limit: 10 }, PLAIN_CODEC.open);
    seen.push(...page.entries.map((e) => e.id));
    while (page.next) {
      page = await findEntries(
        db,
        { q: 'tenth' },
        { limit: 10, after: page.next },
        PLAIN_CODEC.open,
      );
      seen.push(...page.entries.map((e) => e.id));
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen[0]).toBe('e0240');
    expect(seen.at(-1)).toBe('e0000');
  });

  it('reads the date range by key, and combines it with the other filters', async () => {
    const db = await seeded(sampleEntries());
    const page = await findEntries(
      db,
      { from: '2026-03-10', to: '2026-03-10', tag: 'texts' },
      { limit: 10 },
      PLAIN_CODEC.open,
    );
    expect(page.entries.map((e) => e.id)).toEqual(['note-1']);
    const none = await findEntries(
      db,
      { from: '2026-03-12', to: '2026-03-01' },
      { limit: 10 },
      PLAIN_CODEC.open,
    );
    expect(none.entries).toEqual([]);
  });

  it('is the plain key-range page when nothing is filtered', async () => {
    const db = await seeded(many(30));
    const page = await findEntries(db, {}, { limit: 20 }, PLAIN_CODEC.open);
    expect(page.entries).toHaveLength(20);
    expect(page.next).toBeDefined();
  });
});
