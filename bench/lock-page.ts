// Runs inside the extension's origin (bundled by bench/lock.mjs into a copy of the build): the
// privacy lock through the journal's door, on real IndexedDB and WebCrypto. window.lockBench.
import { deleteDB } from 'idb';
import {
  findPage,
  latestEntries,
  lockJournal,
  saveEntry,
  turnOnLock,
  unlockJournal,
  warmSearch,
} from '@/lib/journal/door';
import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { NEEDS, type Entry } from '@/lib/journal/entry/types';
import { getJournal, resetSharedJournal } from '@/lib/journal/store/open';
import { writeImport } from '@/lib/journal/store/importWrite';
import { DB_NAME } from '@/lib/journal/store/schema';

const PASSCODE = 'a bench passcode, long enough';
const WORDS =
  'they read my message and said nothing I keep checking my phone are you upset with me ' +
  'work was long today and I feel far away from everyone distance is not rejection breathe';

function sampleEntry(i: number, now: number): Entry {
  const words = WORDS.split(' ');
  const text = Array.from({ length: 20 + (i % 40) }, (_, k) => words[(i * 7 + k) % words.length]);
  return {
    id: `lock-${i.toString().padStart(7, '0')}`,
    kind: 'note',
    text: text.join(' '),
    tags: i % 3 ? ['work'] : ['late night'],
    intensity: i % 11,
    need: NEEDS[i % NEEDS.length],
    createdAt: now - i * 60_000,
    updatedAt: now,
  };
}

async function time(fn: () => Promise<unknown>, times = 5): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const once = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

const lockBench = {
  async run(size: number) {
    resetSharedJournal();
    await deleteDB(DB_NAME);
    const now = Date.now();
    const entries = Array.from({ length: size }, (_, i) => sampleEntry(i, now));
    await writeImport(await getJournal(), { entries, pauses: [] }, PLAIN_CODEC.seal);
    const figures: Record<string, number> = {};
    figures.plainFirstPage = await time(() => latestEntries(50));
    figures.turnOn = await once(() => turnOnLock(PASSCODE));
    figures.unlockedFirstPage = await time(() => latestEntries(50));
    await lockJournal();
    figures.captureLocked = await time(() =>
      saveEntry({ kind: 'note', text: 'one more', tags: [] }),
    );
    figures.unlock = await once(() => unlockJournal(PASSCODE));
    figures.unlockedFirstPageAfter = await time(() => latestEntries(50));
    // The first search after unlocking opens every entry into the page's index (the journal
    // starts building it when the search box gets focus, as here).
    warmSearch();
    figures.firstSearch = await once(() => findPage({ q: 'nowhere-in-any-entry' }, { limit: 50 }));
    figures.warmSearch = await time(() => findPage({ q: 'nowhere-in-any-entry' }, { limit: 50 }));
    await lockJournal();
    return figures;
  },
};

declare global {
  interface Window {
    lockBench: typeof lockBench;
  }
}
window.lockBench = lockBench;
document.title = 'lock bench ready';
