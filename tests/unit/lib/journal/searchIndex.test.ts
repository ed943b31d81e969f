import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { describe, expect, it } from 'vitest';
import { findEntries } from '@/lib/journal/search/find';
import type { JournalFilter } from '@/lib/journal/search/query';
import type { Page } from '@/lib/journal/store/entries';
import type { Entry } from '@/lib/journal/entry/types';
import { buildSearchIndex, findInIndex } from '@/lib/journal/search/memoryIndex';
import { freshJournal } from '../../support/db';
import { sampleEntries } from './fixtures';
import { putRecords } from '../../support/stored';

const WORDS = ['reply', 'Café', 'calm', 'niño', 'texts'];

function many(n: number): Entry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${String(i).padStart(4, '0')}`,
    kind: i % 3 === 0 ? ('unsent' as const) : ('note' as const),
    // Several entries share each moment, so ties are ordered by id.
    createdAt: new Date(2026, 0, 1).getTime() + Math.floor(i / 3) * 3_600_000,
    updatedAt: 1,
    text: `${WORDS[i % 5]} ${i % 17 === 0 ? 'rare' : ''}`,
    tags: [WORDS[(i * 7) % 5]!],
    need: i % 2 ? ('space' as const) : undefined,
    ...(i % 3 === 0 ? { unsent: { site: 'whatsapp', matched: [] } } : {}),
  }));
}

async function allPages(read: (after?: Page['next']) => Promise<Page>): Promise<string[]> {
  const ids: string[] = [];
  let page = await read();
  ids.push(...page.entries.map((e) => e.id));
  while (page.next) {
    page = await read(page.next);
    ids.push(...page.entries.map((e) => e.id));
  }
  return ids;
}

describe('the in-memory search index', () => {
  it('gives the same pages as reading the database, for every kind of filter', async () => {
    const db = await freshJournal();
    await putRecords(db, [...many(400), ...sampleEntries()]);
    const rows = (await buildSearchIndex(db, PLAIN_CODEC.open))!;
    const filters: JournalFilter[] = [
      { q: 'cafe' },
      { q: 'rare' },
      { q: 'NINO', kind: 'unsent' },
      { tag: 'texts', need: 'space' },
      { from: '2026-01-03', to: '2026-01-05' },
      { q: 'calm', from: '2026-01-02' },
      { q: 'nothing-matches-this' },
    ];
    for (const filter of filters) {
      const viaDb = await allPages((after) =>
        findEntries(db, filter, { limit: 7, after }, PLAIN_CODEC.open),
      );
      const viaIndex = await allPages((after) =>
        findInIndex(db, rows, filter, { limit: 7, after }, PLAIN_CODEC.open),
      );
      expect({ filter, ids: viaIndex }).toEqual({ filter, ids: viaDb });
    }
    expect(
      await allPages((after) =>
        findEntries(db, { q: 'rare' }, { limit: 7, after }, PLAIN_CODEC.open),
      ),
    ).toHaveLength(24);
  });
});
