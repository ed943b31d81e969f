import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach } from 'vitest';
import type { JournalChange } from '@/lib/journal/changes';
import type { Entry } from '@/lib/journal/entry/types';
import { computeInsights, type Insights } from '@/lib/journal/insights';
import { openerFor, PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { heldKeys } from '@/lib/journal/lock/session';
import type { MirrorPage } from '@/lib/journal/mirror/mirror';
import type { FromMirror, ToMirror } from '@/lib/journal/mirror/protocol';
import { MirrorService } from '@/lib/journal/mirror/service';
import { findEntries } from '@/lib/journal/search/find';
import type { JournalFilter } from '@/lib/journal/search/query';
import type { PageCursor } from '@/lib/journal/store/entries';
import { readEverything } from '@/lib/journal/store/everything';
import { readLock } from '@/lib/journal/store/lock';
import { getJournal, type JournalConnection } from '@/lib/journal/store/open';
import { lockJournal, saveEntry, turnOnLock } from '@/lib/journal/door';
import { freshJournal } from '../../../support/db';
import { sampleEntries, samplePauses } from '../fixtures';
import { deleteRecord, putRecords } from '../../../support/stored';

const WORDS = ['reply', 'Café', 'calm', 'niño', 'texts'];

/** Entries of two kinds over a few days; several share each moment, so ties go by id. */
function many(n: number): Entry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${String(i).padStart(4, '0')}`,
    kind: i % 3 === 0 ? ('unsent' as const) : ('note' as const),
    createdAt: new Date(2026, 0, 1).getTime() + Math.floor(i / 3) * 3_600_000,
    updatedAt: 1,
    text: `${WORDS[i % 5]} ${i % 17 === 0 ? 'rare' : ''}`,
    tags: [WORDS[(i * 7) % 5]!],
    need: i % 2 ? ('space' as const) : undefined,
    intensity: i % 11,
    ...(i % 3 === 0 ? { unsent: { site: 'whatsapp', matched: [] } } : {}),
  }));
}

async function seeded(entries: Entry[]): Promise<JournalConnection> {
  const db = await freshJournal();
  await putRecords(db, entries);
  const tx = db.transaction('pauses', 'readwrite');
  for (const pause of samplePauses()) void tx.store.put(pause);
  await tx.done;
  return db;
}

/** A mirror service on this database, in this thread, with a way to ask it and wait. */
function mirrorOf(db: JournalConnection, open = PLAIN_CODEC.open, batch = 50) {
  let ask = 0;
  const waiting = new Map<number, (answer: FromMirror) => void>();
  const progress: number[] = [];
  const service = new MirrorService(
    async () => db,
    open,
    (reply) => {
      if (reply.type === 'progress') progress.push(reply.done);
      else waiting.get(reply.ask)?.(reply);
    },
    batch,
  );
  const question = (message: Omit<ToMirror & { ask: number }, 'ask'>) =>
    new Promise<FromMirror>((resolve) => {
      const id = ++ask;
      waiting.set(id, resolve);
      service.handle({ ...message, ask: id } as ToMirror);
    });
  return {
    service,
    progress,
    search: async (filter: JournalFilter, options: { limit: number; after?: PageCursor }) => {
      const answer = await question({ type: 'search', filter, options } as never);
      return answer.type === 'search' ? answer.page : answer.type;
    },
    insights: async (): Promise<Insights | string> => {
      const answer = await question({ type: 'insights' } as never);
      return answer.type === 'insights' ? answer.insights : answer.type;
    },
    changed: (change?: JournalChange, tag?: string) => service.noteChange({ change, tag }),
  };
}

async function allIds(
  read: (after?: PageCursor) => Promise<MirrorPage | { entries: Entry[]; next?: PageCursor }>,
) {
  const ids: string[] = [];
  let after: PageCursor | undefined;
  do {
    const page = await read(after);
    ids.push(...('ids' in page ? page.ids : page.entries.map((e) => e.id)));
    after = page.next;
  } while (after);
  return ids;
}

describe('the journal mirror (the worker behind search and Patterns)', () => {
  it('gives the same pages as reading the database, for every kind of filter', async () => {
    const db = await seeded([...many(400), ...sampleEntries()]);
    const mirror = mirrorOf(db);
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
      const viaDb = await allIds((after) =>
        findEntries(db, filter, { limit: 7, after }, PLAIN_CODEC.open),
      );
      const viaMirror = await allIds(async (after) => {
        const page = await mirror.search(filter, { limit: 7, after });
        if (typeof page === 'string') throw new Error(page);
        return page;
      });
      expect({ filter, ids: viaMirror }).toEqual({ filter, ids: viaDb });
    }
    // It read the journal in batches, telling how far it had got.
    expect(mirror.progress.at(-1)).toBe(400 + sampleEntries().length);
    expect(mirror.progress.length).toBeGreaterThan(5);
  });

  it('counts the same Patterns as one read of everything', async () => {
    const db = await seeded([...many(300), ...sampleEntries()]);
    const expected = computeInsights(await readEverything(db, PLAIN_CODEC.open));
    expect(await mirrorOf(db).insights()).toEqual(expected);
  });

  it('follows the entries a change names, and fills afresh on a change that names none', async () => {
    const db = await seeded(many(120));
    const mirror = mirrorOf(db);
    expect(await mirror.search({ q: 'heron' }, { limit: 10 })).toEqual({ ids: [] });
    const heron = { ...many(1)[0]!, id: 'new-one', text: 'a heron at dawn', createdAt: Date.now() };
    await putRecords(db, [heron]);
    mirror.changed({ entries: ['new-one'] }, 'tag-1');
    expect(await mirror.search({ q: 'heron' }, { limit: 10 })).toEqual({ ids: ['new-one'] });
    // Edited: the old words no longer find it, the new ones do.
    await putRecords(db, [{ ...heron, text: 'a kingfisher', updatedAt: 2 }]);
    mirror.changed({ entries: ['new-one'] }, 'tag-2');
    expect(await mirror.search({ q: 'heron' }, { limit: 10 })).toEqual({ ids: [] });
    expect(await mirror.search({ q: 'kingfisher' }, { limit: 10 })).toEqual({ ids: ['new-one'] });
    // Deleted.
    await deleteRecord(db, 'new-one');
    mirror.changed({ entries: ['new-one'] }, 'tag-3');
    expect(await mirror.search({ q: 'kingfisher' }, { limit: 10 })).toEqual({ ids: [] });
    // Written without naming what (an import): read again in full.
    await putRecords(db, [{ ...heron, id: 'imported', text: 'an imported heron' }]);
    mirror.changed(undefined, 'tag-4');
    expect(await mirror.search({ q: 'heron' }, { limit: 10 })).toEqual({ ids: ['imported'] });
    const counted = await mirror.insights();
    expect(typeof counted !== 'string' && counted.entries).toBe(121);
  });

  it('keeps a change made while it fills, rather than an older batch', async () => {
    const db = await seeded(many(400));
    const mirror = mirrorOf(db);
    // The fill starts; before it reaches the oldest entries, one of them is deleted.
    mirror.service.handle({ type: 'fill' });
    await deleteRecord(db, 'e0000');
    mirror.changed({ entries: ['e0000'] }, 'tag-1');
    const ids = await allIds(async (after) => {
      const page = await mirror.search({ q: 'reply' }, { limit: 50, after });
      if (typeof page === 'string') throw new Error(page);
      return page;
    });
    expect(ids).not.toContain('e0000');
    expect(ids).toContain('e0005');
  });
});

describe('the mirror and the privacy lock', () => {
  afterEach(() => {
    fakeBrowser.reset();
  });

  it('opens sealed entries with the keys it was given, and without them says it cannot', async () => {
    await saveEntry({ kind: 'note', text: 'a heron in the reeds', tags: [] });
    await turnOnLock('blue heron at dawn');
    const db = await getJournal();
    const keys = heldKeys(await readLock(db));
    expect(keys).toBeDefined();
    expect(JSON.stringify(await db.getAll('packs'))).not.toContain('heron');
    const unlocked = mirrorOf(db, openerFor(keys));
    const found = await unlocked.search({ q: 'heron' }, { limit: 10 });
    expect(typeof found !== 'string' && found.ids).toHaveLength(1);
    await lockJournal();
    const locked = mirrorOf(db, openerFor(heldKeys(await readLock(db))));
    expect(await locked.search({ q: 'heron' }, { limit: 10 })).toBe('unavailable');
    expect(await locked.insights()).toBe('unavailable');
  });
});
