import { describe, expect, it } from 'vitest';
import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import type { Entry } from '@/lib/journal/entry/types';
import { writeImport } from '@/lib/journal/store/importWrite';
import { countEntries, getEntry, pageEntries, type PageCursor } from '@/lib/journal/store/entries';
import { readEverythingCounted } from '@/lib/journal/store/everything';
import { readRange } from '@/lib/journal/store/range';
import { findEntries } from '@/lib/journal/search/find';
import { unsentReminders, findWaitingUnsent } from '@/lib/journal/store/waiting';
import { addEntry, deleteEntry, restoreEntry, updateEntry } from '@/lib/journal/store/writes';
import {
  addStored,
  changeStored,
  PACK_SIZE,
  PACKS_ONLY,
  storedBetween,
} from '@/lib/journal/store/packs';
import { runPass } from '@/lib/journal/lock/passes';
import type { JournalConnection } from '@/lib/journal/store/open';
import { freshJournal } from '../../support/db';
import { allRecords, putRecords } from '../../support/stored';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

function entry(i: number, minute: number, kind: Entry['kind'] = 'note'): Entry {
  const base = {
    id: `e${String(i).padStart(4, '0')}`,
    createdAt: T0 + minute * MIN,
    updatedAt: T0 + minute * MIN,
    text: `${i % 9 === 0 ? 'heron' : 'plain'} ${i}`,
    tags: [],
  };
  return kind === 'unsent'
    ? { ...base, kind, unsent: { site: 'whatsapp', matched: [] } }
    : { ...base, kind: 'note' };
}

const oldestFirst = (a: Entry, b: Entry) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The layout packs make hardest: 250 entries written one by one (a record each) at even
 * minutes, then a backup of 450 imported (packs of a hundred) at odd minutes between and after
 * them, some sharing a minute, a few of them unsent. Returns the journal and every entry.
 */
async function mixedJournal(): Promise<{ db: JournalConnection; all: Entry[] }> {
  const db = await freshJournal();
  const written = Array.from({ length: 250 }, (_, i) => entry(i, i * 2));
  await putRecords(db, written);
  const imported = Array.from({ length: 450 }, (_, i) =>
    entry(1000 + i, i < 300 ? i * 2 + 1 : 200 + i, i % 50 === 7 ? 'unsent' : 'note'),
  );
  await writeImport(db, { entries: imported, pauses: [] }, PLAIN_CODEC.seal);
  return { db, all: [...written, ...imported].sort(oldestFirst) };
}

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('entries stored in packs', () => {
  it('keeps an import to a hundred entries a record, each findable by its id', async () => {
    const { db, all } = await mixedJournal();
    // Written one by one, entries join the newest pack: 250 make three, as 450 imported make five.
    expect(await db.count('packs', PACKS_ONLY)).toBe(
      Math.ceil(250 / PACK_SIZE) + Math.ceil(450 / PACK_SIZE),
    );
    expect(await countEntries(db)).toBe(700);
    expect(ids(await allRecords(db))).toEqual(ids(all));
    expect(await getEntry(db, 'e1234', PLAIN_CODEC.open)).toEqual(
      all.find((e) => e.id === 'e1234'),
    );
  });

  it('reads any range of times exactly, where imported packs straddle entries written alone', async () => {
    const { db, all } = await mixedJournal();
    const key = (e: Entry): PageCursor => [e.createdAt, e.id];
    const store = () => db.transaction('packs').store;
    for (const [lo, hi] of [
      [0, 699],
      [1, 2],
      [150, 151],
      [333, 555],
      [600, 699],
    ] as const) {
      const lower = key(all[lo]!);
      const upper = key(all[hi]!);
      const inclusive = await storedBetween(store(), IDBKeyRange.bound(lower, upper));
      expect(ids(inclusive)).toEqual(ids(all.slice(lo, hi + 1)));
      const open = await storedBetween(store(), IDBKeyRange.bound(lower, upper, true, true));
      expect(ids(open)).toEqual(ids(all.slice(lo + 1, hi)));
      expect(ids(await storedBetween(store(), IDBKeyRange.lowerBound(lower)))).toEqual(
        ids(all.slice(lo)),
      );
      expect(ids(await storedBetween(store(), IDBKeyRange.upperBound(upper, true)))).toEqual(
        ids(all.slice(0, hi)),
      );
    }
    const week = await readRange(db, T0 + 100 * MIN, T0 + 300 * MIN, PLAIN_CODEC.open);
    expect(ids(week.entries)).toEqual(
      ids(all.filter((e) => e.createdAt >= T0 + 100 * MIN && e.createdAt < T0 + 300 * MIN)),
    );
  });

  it('pages newest first, searches and reads in batches without skipping or repeating', async () => {
    const { db, all } = await mixedJournal();
    const newest = [...all].reverse();
    const paged: string[] = [];
    let after: PageCursor | undefined;
    do {
      const page = await pageEntries(db, { limit: 37, after }, PLAIN_CODEC.open);
      paged.push(...ids(page.entries));
      after = page.next;
    } while (after);
    expect(paged).toEqual(ids(newest));

    const found: string[] = [];
    after = undefined;
    do {
      const page = await findEntries(db, { q: 'heron' }, { limit: 20, after }, PLAIN_CODEC.open);
      found.push(...ids(page.entries));
      after = page.next;
    } while (after);
    expect(found).toEqual(ids(newest.filter((e) => e.text.startsWith('heron'))));

    const counted = await readEverythingCounted(db, PLAIN_CODEC.open, () => undefined, 61);
    expect(ids(counted.entries)).toEqual(ids(all));
  });

  it('edits, deletes and puts back an imported entry inside its pack', async () => {
    const { db, all } = await mixedJournal();
    // The oldest entry of the first imported pack: deleting it moves the pack's key.
    const first = all.find((e) => e.id.startsWith('e1'))!;
    await updateEntry(db, 'e1050', { text: 'changed in its pack' }, PLAIN_CODEC);
    const gone = await deleteEntry(db, first.id, PLAIN_CODEC.open);
    expect(gone).toEqual(first);
    expect(await getEntry(db, first.id, PLAIN_CODEC.open)).toBeUndefined();
    expect(await countEntries(db)).toBe(699);
    await restoreEntry(db, gone!, PLAIN_CODEC.seal);
    expect(ids(await allRecords(db))).toEqual(ids(all));
    expect((await getEntry(db, 'e1050', PLAIN_CODEC.open))?.text).toBe('changed in its pack');
    // An id already in a pack cannot be added a second time.
    const again = { ...all[10]!, text: 'a copy' };
    await expect(restoreEntry(db, again, PLAIN_CODEC.seal)).resolves.toBeUndefined();
    expect(await countEntries(db)).toBe(700);
    const tx = db.transaction('packs', 'readwrite');
    await expect(
      Promise.all([addStored(tx.store, { ...again, createdAt: 5 }), tx.done]),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await countEntries(db)).toBe(700);
  });

  it('packs a journal written entry by entry; an older entry put back stands alone', async () => {
    const db = await freshJournal();
    for (let i = 0; i < 230; i++) {
      await addEntry(db, { kind: 'note', text: `line ${i}`, tags: [] }, PLAIN_CODEC.seal, T0 + i);
    }
    expect(await db.count('packs', PACKS_ONLY)).toBe(3);
    const page = await pageEntries(db, { limit: 3 }, PLAIN_CODEC.open);
    expect(page.entries.map((e) => e.text)).toEqual(['line 229', 'line 228', 'line 227']);
    const first = (await allRecords(db))[0] as Entry;
    await deleteEntry(db, first.id, PLAIN_CODEC.open);
    await restoreEntry(db, first, PLAIN_CODEC.seal);
    expect(await db.count('packs', PACKS_ONLY)).toBe(4);
    expect((await allRecords(db))[0]).toEqual(first);
    // An id already in the journal is refused, whichever pack holds it.
    const newest = (await allRecords(db)).at(-1) as Entry;
    const tx = db.transaction('packs', 'readwrite');
    await expect(
      Promise.all([addStored(tx.store, { ...newest, createdAt: newest.createdAt + 1 }), tx.done]),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await countEntries(db)).toBe(230);
  });

  it('changes several entries of one pack in one call, none lost', async () => {
    const { db } = await mixedJournal();
    const tx = db.transaction('packs', 'readwrite');
    const targets = ['e1001', 'e1002', 'e1003', 'e1099'];
    await changeStored(
      tx.store,
      targets,
      (_id, current) => current && { ...current, updatedAt: 1 },
    );
    await tx.done;
    for (const id of targets) expect((await getEntry(db, id, PLAIN_CODEC.open))?.updatedAt).toBe(1);
  });

  it('finds every unsent message once, for the reminders and the new tab', async () => {
    const { db, all } = await mixedJournal();
    const unsent = all.filter((e) => e.kind === 'unsent');
    expect(unsent.length).toBeGreaterThan(5);
    expect(ids(await unsentReminders(db)).sort()).toEqual(ids(unsent).sort());
    expect(await findWaitingUnsent(db)).toBe(unsent[unsent.length - 1]!.id);
  });

  it('a pass (the lock sealing every entry) takes each entry exactly once', async () => {
    const { db } = await mixedJournal();
    const seen: string[] = [];
    const rewritten = await runPass<Entry>(
      db,
      'entries',
      (record) => !record.tags.includes('passed'),
      async (record) => {
        seen.push(record.id);
        return { ...record, tags: ['passed'] };
      },
    );
    expect(rewritten).toBe(700);
    expect(new Set(seen).size).toBe(700);
    expect((await allRecords(db)).every((r) => (r as Entry).tags.includes('passed'))).toBe(true);
  });

  it('adds a new entry beside imported ones, and a second import merges, never duplicates', async () => {
    const { db, all } = await mixedJournal();
    await addEntry(db, { kind: 'note', text: 'new today', tags: [] }, PLAIN_CODEC.seal);
    const edited = { ...all[400]!, text: 'edited elsewhere', updatedAt: all[400]!.updatedAt + 1 };
    const summary = await writeImport(
      db,
      { entries: [...all, edited].slice(1), pauses: [] },
      PLAIN_CODEC.seal,
    );
    expect(summary).toMatchObject({ added: 0, merged: 700 });
    expect(await countEntries(db)).toBe(701);
    expect((await getEntry(db, edited.id, PLAIN_CODEC.open))?.text).toBe('edited elsewhere');
  });
});
