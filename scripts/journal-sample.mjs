// A kind, realistic journal for the end-to-end tests and the README's pictures: three weeks of
// notes, breathing, grounding and unsent messages, with the pauses that led to them.
// Deterministic (no Math.random), so pictures and tests are the same every run.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const NOTES = [
  [
    'No reply since this morning. I keep checking my phone. I know they have a big deadline today.',
    7,
    'reassurance',
    ['texts'],
  ],
  [
    'Felt calmer after a walk. The quiet was about their week, not about me.',
    3,
    'understanding',
    ['walk'],
  ],
  [
    'They said "talk later" and my stomach dropped. Wrote this instead of asking again.',
    8,
    'safety',
    ['texts', 'late night'],
  ],
  [
    'Dinner with Sam was lovely. I noticed I was scanning for signs, then let it go.',
    4,
    'reassurance',
    ['date'],
  ],
  [
    'Me sentí tranquila hoy. Le pregunté directamente y me respondió con cariño.',
    2,
    'understanding',
    ['café'],
  ],
  ['I want space tonight, and that is allowed too.', 3, 'space', []],
  [
    "Old fear, new situation. They are at their sister's, phone on silent.",
    6,
    'reassurance',
    ['weekend'],
  ],
  [
    'Asked directly how they felt about the trip. They were excited. Breathing easier.',
    2,
    'safety',
    ['talked'],
  ],
];

const UNSENT = [
  [
    "Are you mad at me?? You haven't answered all day",
    ['are you mad', '??'],
    'whatsapp',
    'passed',
    9,
  ],
  [
    "Just checking you're ok. Sorry, sorry, never mind",
    ['just checking', 'sorry, sorry', 'never mind'],
    'messenger',
    'passed',
    7,
  ],
  ['Did I do something wrong?', ['did I do something'], 'whatsapp', 'unsure', 6],
  ['Can we talk tonight? I miss you', [], 'slack', undefined, 5],
];

/** Newest about `now`, oldest three weeks before. */
export function sampleJournal(now = Date.now()) {
  const entries = [];
  const pauses = [];
  const at = (daysAgo, hour, minute = 10) => {
    const d = new Date(now - daysAgo * DAY);
    d.setHours(hour, minute, 0, 0);
    return Math.min(d.getTime(), now - 60_000);
  };
  NOTES.forEach(([text, intensity, need, tags], i) => {
    const createdAt = at(20 - i * 2.5, [22, 8, 23, 21, 13, 20, 22, 18][i]);
    entries.push({
      id: `sample-note-${i}`,
      kind: 'note',
      createdAt,
      updatedAt: createdAt,
      text,
      intensity,
      need,
      tags,
    });
  });
  UNSENT.forEach(([text, matched, site, answer, intensity], i) => {
    const createdAt = at(17 - i * 5, [23, 22, 0, 21][i], 40);
    const unsent = { site, matched };
    if (answer) unsent.revisit = { answer, at: createdAt + 2 * HOUR };
    const updatedAt = answer ? createdAt + 2 * HOUR : createdAt;
    entries.push({
      id: `sample-unsent-${i}`,
      kind: 'unsent',
      createdAt,
      updatedAt,
      text,
      intensity,
      need: 'reassurance',
      tags: ['texts'],
      unsent,
    });
    pauses.push({
      id: `sample-pause-saved-${i}`,
      at: createdAt,
      site,
      outcome: 'saved',
      entryId: `sample-unsent-${i}`,
    });
  });
  [19, 15, 11, 6, 2].forEach((daysAgo, i) => {
    const createdAt = at(daysAgo, [22, 7, 23, 22, 21][i], 30);
    entries.push({
      id: `sample-breathing-${i}`,
      kind: 'breathing',
      createdAt,
      updatedAt: createdAt,
      text: '',
      intensity: [5, 4, 3, 3, 2][i],
      tags: [],
      breathing: {
        pattern: ['box', 'sigh', 'resonance', 'box', '478'][i],
        seconds: 60,
        cycles: [4, 6, 6, 4, 3][i],
      },
    });
  });
  [14, 4].forEach((daysAgo, i) => {
    const createdAt = at(daysAgo, 22, 50);
    entries.push({
      id: `sample-grounding-${i}`,
      kind: 'grounding',
      createdAt,
      updatedAt: createdAt,
      text: '',
      tags: [],
      grounding: { steps: [['lamp', 'plant', 'my hands'], ['blanket'], ['rain'], [], ['tea']] },
    });
  });
  [
    [16, 23, 'waited'],
    [12, 22, 'sent'],
    [9, 23, 'waited'],
    [5, 0, 'waited'],
    [1, 22, 'sent'],
  ].forEach(([daysAgo, hour, outcome], i) => {
    pauses.push({ id: `sample-pause-${i}`, at: at(daysAgo, hour, 5), site: 'whatsapp', outcome });
  });
  return { entries, pauses };
}

/**
 * Writes records straight into the extension's journal from inside one of its pages (the
 * database belongs to the extension's origin). The page must have opened the journal once,
 * so the stores exist: open journal.html first.
 */
export async function seedJournal(page, { entries = [], pauses = [] }) {
  await page.evaluate(
    ({ entries, pauses }) =>
      new Promise((resolve, reject) => {
        const open = window.indexedDB.open('steady-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['packs', 'pauses'], 'readwrite');
          const packs = tx.objectStore('packs');
          // As lib/journal/store/packs.ts keeps them: each entry a pack of one, and its id in
          // the directory record its id hashes to (FNV-1a, low 8 bits).
          const bucketOf = (id) => {
            let hash = 0x811c9dc5;
            for (let i = 0; i < id.length; i++)
              hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
            return `dir:${((hash >>> 0) & 255).toString(16).padStart(2, '0')}`;
          };
          const buckets = new Map();
          for (const entry of entries) {
            const key = [entry.createdAt, entry.id];
            packs.put({ first: key, entries: [entry], created: [key], kinds: [entry.kind] });
            const bucket = bucketOf(entry.id);
            buckets.set(bucket, [...(buckets.get(bucket) ?? []), [entry.id, entry.createdAt]]);
          }
          for (const [key, ids] of buckets) {
            const read = packs.get(key);
            read.onsuccess = () => {
              const at = read.result?.at ?? new Map();
              for (const [id, createdAt] of ids) at.set(id, createdAt);
              packs.put({ first: key, at });
            };
          }
          for (const pause of pauses) tx.objectStore('pauses').put(pause);
          tx.oncomplete = () => {
            db.close();
            resolve(undefined);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { entries, pauses },
  );
}

/** Everything in the journal, read from inside an extension page (for comparing profiles). */
export async function readJournal(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = window.indexedDB.open('steady-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['packs', 'pauses', 'rides']);
          const entries = tx.objectStore('packs').getAll();
          const pauses = tx.objectStore('pauses').getAll();
          const rides = tx.objectStore('rides').getAll();
          tx.oncomplete = () => {
            db.close();
            // By id, the order the entries came in when each was a record of its own.
            const all = entries.result
              .flatMap((pack) => pack.entries ?? [])
              .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
            resolve({ entries: all, pauses: pauses.result, rides: rides.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
