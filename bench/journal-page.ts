// Runs inside the extension's origin (bundled by bench/journal.mjs into a copy of the build), so
// the journal code is measured on the real IndexedDB of real Chromium. Exposed as window.bench.
import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { deleteDB } from 'idb';
import { readEverything } from '@/lib/journal/store/everything';
import { openJournal, type JournalConnection } from '@/lib/journal/store/open';
import { toJson } from '@/lib/journal/transfer/json';
import { findEntries } from '@/lib/journal/search/find';
import { parseImport } from '@/lib/journal/transfer/parse';
import { writeImport } from '@/lib/journal/store/importWrite';
import { buildSearchIndex, findInIndex } from '@/lib/journal/search/memoryIndex';
import type { JournalFilter } from '@/lib/journal/search/query';
import { pageEntries, type PageCursor } from '@/lib/journal/store/entries';
import { addEntry } from '@/lib/journal/store/writes';
import { NEEDS, type Entry } from '@/lib/journal/entry/types';

const WORDS =
  'they read my message and said nothing I keep checking my phone are you upset with me ' +
  'work was long today and I feel far away from everyone distance is not rejection breathe';

let db: JournalConnection;
let seeded = 0;

function sampleEntry(i: number, now: number): Entry {
  const words = WORDS.split(' ');
  const text = Array.from(
    { length: 20 + (i % 40) },
    (_, k) => words[(i * 7 + k) % words.length],
  ).join(' ');
  const kinds = ['note', 'note', 'breathing', 'grounding', 'unsent'] as const;
  const kind = kinds[i % kinds.length]!;
  return {
    id: `bench-${i.toString().padStart(7, '0')}`,
    kind,
    text: kind === 'breathing' || kind === 'grounding' ? '' : text,
    tags: i % 3 ? ['work'] : ['late night', 'texts'],
    intensity: i % 11,
    need: NEEDS[i % NEEDS.length],
    createdAt: now - ((i * 37_000) % (365 * 86_400_000)),
    updatedAt: now,
    ...(kind === 'unsent' && { unsent: { site: 'whatsapp', matched: ['are you upset'] } }),
  };
}

async function time(fn: () => Promise<unknown>, times = 5): Promise<number> {
  await fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const bench = {
  async open() {
    db = await openJournal();
  },
  /** Adds sample entries in bulk until the journal holds `total`. */
  async seedTo(total: number) {
    const now = Date.now();
    while (seeded < total) {
      const tx = db.transaction('entries', 'readwrite');
      const end = Math.min(total, seeded + 5_000);
      for (let i = seeded; i < end; i++) void tx.store.put(sampleEntry(i, now));
      await tx.done;
      seeded = end;
    }
  },
  async addOne() {
    return time(() =>
      addEntry(db, { kind: 'note', text: 'One more line.', tags: [] }, PLAIN_CODEC.seal),
    );
  },
  async firstPage() {
    return time(() => pageEntries(db, { limit: 50 }, PLAIN_CODEC.open));
  },
  /** A page from the middle of the journal, reached by its key like "show older" does. */
  async laterPage() {
    const all = await db.count('entries');
    const skip = Math.floor(all / 2);
    let cursor = await db.transaction('entries').store.index('by-created').openCursor(null, 'prev');
    if (skip && cursor) cursor = await cursor.advance(skip);
    const key = cursor?.key as PageCursor | undefined;
    return time(() => pageEntries(db, { limit: 50, after: key }, PLAIN_CODEC.open));
  },
  /** The first page of a search: a word in many entries, and one in none (a full pass). */
  async search(q: string) {
    return time(() => findEntries(db, { q }, { limit: 50 }, PLAIN_CODEC.open));
  },
  /**
   * The journal page's own search: an in-memory index built (while idle) once the search box is
   * used, up to MAX_INDEXED_ENTRIES; `undefined` where the page keeps none and reads the database.
   */
  async indexedSearch(q: string) {
    let rows = await buildSearchIndex(db, PLAIN_CODEC.open);
    if (!rows) return undefined;
    const build = await time(async () => {
      rows = await buildSearchIndex(db, PLAIN_CODEC.open);
    }, 3);
    const search = await time(() => findInIndex(db, rows!, { q }, { limit: 50 }, PLAIN_CODEC.open));
    return { build, search };
  },
  async filter(filter: JournalFilter) {
    return time(() => findEntries(db, filter, { limit: 50 }, PLAIN_CODEC.open));
  },
  /** Everything read and turned into the export file, as the journal page's Export does. */
  async exportJson() {
    let bytes = 0;
    const ms = await time(async () => {
      bytes = toJson(await readEverything(db, PLAIN_CODEC.open)).length;
    }, 3);
    return { ms, bytes };
  },
  /** The exported file checked and written, all or nothing, into an empty journal. */
  async importJson() {
    const text = toJson(await readEverything(db, PLAIN_CODEC.open));
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const target = await openJournal('steady-bench-import');
      const start = performance.now();
      await writeImport(target, parseImport(text), PLAIN_CODEC.seal);
      samples.push(performance.now() - start);
      target.close();
      await deleteDB('steady-bench-import');
    }
    return samples.sort((a, b) => a - b)[1]!;
  },
  async storageBytes() {
    const estimate = await navigator.storage.estimate();
    return estimate.usage ?? NaN;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'bench ready';
