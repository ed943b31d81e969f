// Runs inside the extension's origin (bundled by bench/journal.mjs into a copy of the build), so
// the journal code is measured on the real IndexedDB of real Chromium. Exposed as window.bench.
import { openJournal, type JournalConnection } from '@/lib/journal/db';
import { addEntry, pageEntries, type PageCursor } from '@/lib/journal/repo';
import { NEEDS, type Entry } from '@/lib/journal/schema';

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
    return time(() => addEntry(db, { kind: 'note', text: 'One more line.', tags: [] }));
  },
  async firstPage() {
    return time(() => pageEntries(db, { limit: 50 }));
  },
  /** A page from the middle of the journal, reached by its key like "show older" does. */
  async laterPage() {
    const all = await db.count('entries');
    const skip = Math.floor(all / 2);
    let cursor = await db.transaction('entries').store.index('by-created').openCursor(null, 'prev');
    if (skip && cursor) cursor = await cursor.advance(skip);
    const key = cursor?.key as PageCursor | undefined;
    return time(() => pageEntries(db, { limit: 50, after: key }));
  },
  async storageBytes() {
    const estimate = await navigator.storage.estimate();
    return estimate.usage ?? NaN;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'bench ready';
