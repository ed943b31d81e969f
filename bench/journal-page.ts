// Runs inside the extension's origin (bundled by bench/journal.mjs into a copy of the build), so
// the journal code is measured on the real IndexedDB of real Chromium. Exposed as window.bench.
import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { deleteDB, openDB } from 'idb';
import { readEverything } from '@/lib/journal/store/everything';
import { openJournal, type JournalConnection } from '@/lib/journal/store/open';
import { toJson } from '@/lib/journal/transfer/json';
import { findEntries } from '@/lib/journal/search/find';
import { parseImport } from '@/lib/journal/transfer/parse';
import { writeImport } from '@/lib/journal/store/importWrite';
import { buildSearchIndex, findInIndex } from '@/lib/journal/search/memoryIndex';
import type { JournalFilter } from '@/lib/journal/search/query';
import { countEntries, pageEntries, type PageCursor } from '@/lib/journal/store/entries';
import { addPacked } from '@/lib/journal/store/packs';
import { addEntry } from '@/lib/journal/store/writes';
import { NEEDS, type Entry } from '@/lib/journal/entry/types';
import { notifyJournalChanged } from '@/lib/journal/changes';
import { computeInsights } from '@/lib/journal/insights';
import {
  exportJournalFile,
  findPage,
  importBackup,
  readPatterns,
  warmSearch,
} from '@/lib/journal/door';
import { clearEverything } from '@/lib/journal/store/everything';
import { legacyWriteImport } from './legacy-import';

/** The main thread's long tasks (over 50 ms), as the browser reports them. */
const longTasks: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) {
    longTasks.push({ start: task.startTime, end: task.startTime + task.duration });
  }
}).observe({ type: 'longtask', buffered: true });

/** The longest main-thread task that began between start and end (0 if none over 50 ms). */
async function longestTask(start: number, end: number): Promise<number> {
  // Long tasks are reported after they end: a moment for the last one to arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const during = longTasks.filter((t) => t.end > start && t.start < end);
  return Math.round(Math.max(0, ...during.map((t) => t.end - t.start)));
}

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
      // A hundred to a record, as a journal written entry by entry ends up (each new entry
      // joins the newest pack, store/packs.ts), with the ids in the directory.
      const tx = db.transaction('packs', 'readwrite');
      const end = Math.min(total, seeded + 5_000);
      const batch = Array.from({ length: end - seeded }, (_, k) => sampleEntry(seeded + k, now));
      await addPacked(tx.store, batch, () => undefined);
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
    const all = await countEntries(db);
    const skip = Math.floor(all / 2);
    let cursor = await db
      .transaction('packs')
      .store.index('by-created')
      .openKeyCursor(null, 'prev');
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
  /**
   * The journal page's mirror (a worker) read afresh, as after an import: from the notice until
   * Patterns can be counted (the whole journal is in), and the page's longest task meanwhile.
   */
  async mirrorFill() {
    warmSearch();
    await readPatterns();
    const start = performance.now();
    notifyJournalChanged();
    await readPatterns();
    const end = performance.now();
    return { ms: end - start, longest: await longestTask(start, end) };
  },
  /** A search as the journal page makes it: through the door (the mirror, then one read). */
  async pageSearch(q: string) {
    return time(() => findPage({ q }, { limit: 50 }));
  },
  async pagePatterns() {
    return time(() => readPatterns());
  },
  /** Patterns as they were counted before the mirror: one read of everything, on the page. */
  async patternsFromEverything() {
    return time(async () => computeInsights(await readEverything(db, PLAIN_CODEC.open)), 3);
  },
  /**
   * The journal page's import (the door: a worker reads, checks and writes the file) of this
   * journal's own backup, into the journal emptied first; it holds the same entries after.
   */
  async pageImport() {
    const file = new Blob([toJson(await readEverything(db, PLAIN_CODEC.open))], {
      type: 'application/json',
    });
    const samples: { ms: number; longest: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await clearEverything(db);
      const start = performance.now();
      const outcome = await importBackup(file, file.size);
      const end = performance.now();
      if (!outcome.ok) throw new Error(outcome.message);
      samples.push({ ms: end - start, longest: await longestTask(start, end) });
    }
    samples.sort((a, b) => a.ms - b.ms);
    return { ms: samples[1]!.ms, longest: Math.max(...samples.map((s) => s.longest)) };
  },
  /** Where the new import's time goes: the parse and check, and the writes, apart. */
  async importParts() {
    const text = toJson(await readEverything(db, PLAIN_CODEC.open));
    const target = await openJournal('steady-bench-import');
    let start = performance.now();
    const contents = parseImport(text);
    const check = performance.now() - start;
    start = performance.now();
    await writeImport(target, contents, PLAIN_CODEC.seal);
    const write = performance.now() - start;
    target.close();
    await deleteDB('steady-bench-import');
    return { check, write };
  },
  /**
   * The journal page's Export (the door: a worker reads everything and makes the file),
   * up to the file the page hands to the browser, and the longest main-thread task meanwhile.
   */
  async pageExport(kind: 'json' | 'markdown' = 'json') {
    const samples: { ms: number; longest: number; bytes: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const { file } = await exportJournalFile(kind);
      const end = performance.now();
      samples.push({ ms: end - start, longest: await longestTask(start, end), bytes: file.size });
    }
    samples.sort((a, b) => a.ms - b.ms);
    return { ...samples[1]!, longest: Math.max(...samples.map((s) => s.longest)) };
  },
  /** Everything read and turned into the export file on the page, as Export did before. */
  async exportJson() {
    let bytes = 0;
    const start = performance.now();
    const ms = await time(async () => {
      bytes = toJson(await readEverything(db, PLAIN_CODEC.open)).length;
    }, 3);
    return { ms, bytes, longest: await longestTask(start, performance.now()) };
  },
  /** The old import (main before the worker): checked and written on the page, into an empty journal. */
  async legacyImportJson() {
    const text = toJson(await readEverything(db, PLAIN_CODEC.open));
    const samples: number[] = [];
    let longest = 0;
    for (let i = 0; i < 3; i++) {
      const target = await openJournal('steady-bench-import');
      const start = performance.now();
      await legacyWriteImport(target, parseImport(text), PLAIN_CODEC.seal);
      const end = performance.now();
      samples.push(end - start);
      longest = Math.max(longest, await longestTask(start, end));
      target.close();
      await deleteDB('steady-bench-import');
    }
    return { ms: samples.sort((a, b) => a - b)[1]!, longest };
  },
  /**
   * The first open after this version is installed over a version-4 journal (a record per
   * entry): the upgrade packs every entry inside its upgrade transaction. Written once, as
   * version 4 made it; then the open is timed (once: an upgrade happens once), with the
   * longest main-thread task meanwhile.
   */
  async upgradeFromVersion4() {
    const name = 'steady-bench-v4';
    const entries = (await readEverything(db, PLAIN_CODEC.open)).entries;
    const old = await openDB(name, 4, {
      upgrade(v4) {
        const store = v4.createObjectStore('entries', { keyPath: 'id' });
        store.createIndex('by-created', ['createdAt', 'id']);
        store.createIndex('by-kind', 'kind');
        v4.createObjectStore('pauses', { keyPath: 'id' }).createIndex('by-at', 'at');
        v4.createObjectStore('lock', { keyPath: 'id' });
        v4.createObjectStore('rides', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
      },
    });
    const tx = old.transaction('entries', 'readwrite');
    for (const entry of entries) void tx.store.put(entry);
    await tx.done;
    old.close();
    const start = performance.now();
    const upgraded = await openJournal(name);
    const end = performance.now();
    const kept = await countEntries(upgraded);
    upgraded.close();
    await deleteDB(name);
    if (kept !== entries.length) throw new Error(`upgrade kept ${kept} of ${entries.length}`);
    return { ms: end - start, longest: await longestTask(start, end) };
  },
  async storageBytes() {
    const estimate = await navigator.storage.estimate();
    return estimate.usage ?? NaN;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'bench ready';
