import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { NEEDS, type Entry, type EntryContent } from '@/lib/journal/entry/types';
import { MAX_ANSWER_LENGTH } from '@/lib/journal/entry/limits';
import {
  answerRevisit,
  changeEntry,
  exportJournal,
  importBackup,
  latestEntries,
  recordSentPause,
  saveEntry,
  savePausedDraft,
  saveRide,
} from '@/lib/journal/door';
import { ANSWERS, MINUTE, answer as answerRide, extend, finish, startRide } from '@/lib/urges/ride';
import { JournalError } from '@/lib/journal/errors';
import { resetSharedJournal } from '@/lib/journal/store/open';
import { DB_NAME } from '@/lib/journal/store/schema';
import '../../support/sharedJournal';

/**
 * Anything Steady accepts, Steady's own backup brings back. Entries of every kind are written
 * through the door exactly as the surfaces write them (popup, new tab, journal edits, the
 * pause's Save and Wait, Send anyway), with words a person might type: long answers, emoji,
 * tags with '#', spaces and repeats, the pause's own long lists. Then the journal is exported,
 * emptied, imported, and exported again: the two files must be the same, byte for byte.
 */

const words = fc.string({ unit: 'grapheme', maxLength: 300 });
const typed = fc.oneof(
  words,
  fc.constantFrom(
    'I keep checking my phone. Three hours and nothing, and I know they are probably just busy but my chest is tight and I keep writing messages and deleting them, because what if I already said too much last night and they are pulling away from me now without saying so',
    '¿Estás enojado conmigo? 😔',
    '<b>are you mad</b> & "why"',
    '  spaces kept  \n\n',
  ),
);
const note = fc.string({ minLength: 1, maxLength: 400 }).filter((s) => s.trim() !== '');
const tags = fc.array(fc.oneof(fc.string({ maxLength: 60 }), fc.constant('#Texts')), {
  maxLength: 25,
});
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const feeling = {
  intensity: optional(fc.integer({ min: 0, max: 10 })),
  need: optional(fc.constantFrom(...NEEDS)),
  tags,
};

const noteEntry = fc.record({ kind: fc.constant('note' as const), text: note, ...feeling });
const breathingEntry = fc.record({
  kind: fc.constant('breathing' as const),
  text: fc.constant(''),
  intensity: feeling.intensity,
  breathing: fc.record({
    pattern: fc.constantFrom('box', '478', 'coherent', 'physiological-sigh'),
    seconds: fc.integer({ min: 0, max: 3600 }),
    cycles: fc.integer({ min: 0, max: 400 }),
  }),
});
const answer = fc.oneof(typed, fc.string({ minLength: 1, maxLength: MAX_ANSWER_LENGTH }));
const groundingEntry = fc.record({
  kind: fc.constant('grounding' as const),
  text: fc.constant(''),
  grounding: fc.record({
    steps: fc.array(fc.array(answer, { maxLength: 6 }), { minLength: 5, maxLength: 5 }),
  }),
});
const pausedDraft = fc.record({
  site: fc.constantFrom('whatsapp', 'slack', 'messages.example.org'),
  text: note,
  // The pause's own list: capped at write time, never a reason to refuse.
  matched: fc.array(fc.string({ maxLength: 300 }), { maxLength: 80 }),
  need: feeling.need,
  remindAt: optional(fc.integer({ min: 1, max: 4_000_000_000_000 })),
});

type Step =
  | { op: 'save'; input: Parameters<typeof saveEntry>[0] }
  | {
      op: 'pause';
      draft: typeof pausedDraft extends fc.Arbitrary<infer U> ? U : never;
      waited: boolean;
    }
  | { op: 'sent'; site: string }
  | {
      op: 'ride';
      strength: number;
      answers: (typeof ANSWERS)[number][];
      longer: boolean;
      end: boolean;
      from: number;
    }
  | { op: 'edit'; pick: number; patch: Partial<EntryContent> }
  | { op: 'revisit'; pick: number; answer: 'passed' | 'send' | 'unsure' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .oneof(noteEntry, breathingEntry, groundingEntry)
      .map((input) => ({ op: 'save' as const, input })),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('pause' as const),
      draft: pausedDraft,
      waited: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('sent' as const),
      site: fc.constantFrom('whatsapp', 'gmail'),
    }),
  },
  {
    // An urge ridden out, step by step as the ride view makes it (lib/urges/ride.ts).
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('ride' as const),
      strength: fc.integer({ min: 0, max: 10 }),
      answers: fc.array(fc.constantFrom(...ANSWERS), { maxLength: 20 }),
      longer: fc.boolean(),
      end: fc.boolean(),
      from: fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      pick: fc.nat(),
      patch: fc.record(
        { text: optional(note), tags: optional(tags), intensity: feeling.intensity },
        { requiredKeys: [] },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('revisit' as const),
      pick: fc.nat(),
      answer: fc.constantFrom('passed' as const, 'send' as const, 'unsure' as const),
    }),
  },
);

async function emptyJournal(): Promise<void> {
  resetSharedJournal();
  await deleteDB(DB_NAME);
}

async function run(steps: Step[]): Promise<number> {
  const written: Entry[] = [];
  for (const s of steps) {
    try {
      if (s.op === 'save') written.push(await saveEntry(s.input));
      else if (s.op === 'pause') {
        const { entry } = await savePausedDraft(s.draft, s.waited ? 'waited' : 'saved');
        written.push(entry);
      } else if (s.op === 'sent') await recordSentPause(s.site);
      else if (s.op === 'ride') {
        let ride = startRide(s.strength, s.from, { source: written.length ? 'pause' : 'popup' });
        if (ride.source === 'pause') ride.pauseId = 'a-pause';
        if (s.longer) ride = extend(ride, s.from + 15 * MINUTE);
        s.answers.forEach((a, i) => (ride = answerRide(ride, a, s.from + (i + 1) * 61_000)));
        if (s.end) ride = finish(ride, s.from + 25 * MINUTE);
        await saveRide(ride);
      } else if (written.length && s.op === 'edit') {
        const target = written[s.pick % written.length]!;
        written.push(await changeEntry(target.id, s.patch));
      } else if (written.length && s.op === 'revisit') {
        const unsent = written.filter((e) => e.unsent);
        const target = unsent[s.pick % Math.max(1, unsent.length)];
        if (target) written.push(await answerRevisit(target, s.answer));
      }
    } catch (error) {
      // A write Steady refuses (an edit that empties a note) is fine: it stored nothing.
      if (!(error instanceof JournalError)) throw error;
    }
  }
  return written.length;
}

describe('a backup Steady made', () => {
  it('imports into an empty journal and exports again byte for byte, for thousands of entries of every kind', async () => {
    let entries = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 40, maxLength: 120 }), async (steps) => {
        await emptyJournal();
        await run(steps);
        const first = await exportJournal('json', 1_800_000_000_000);
        await emptyJournal();
        const outcome = await importBackup(first.text);
        expect(outcome).toMatchObject({ ok: true });
        const second = await exportJournal('json', 1_800_000_000_000);
        expect(second.text).toBe(first.text);
        entries += first.entries;
      }),
      { numRuns: 60 },
    );
    expect(entries).toBeGreaterThan(2000);
  }, 120_000);

  it('keeps a grounding answer typed as one long sentence, and its backup imports', async () => {
    const sentence = 'x'.repeat(216);
    await saveEntry({
      kind: 'grounding',
      text: '',
      grounding: { steps: [[sentence], [], [], [], []] },
    });
    const { text } = await exportJournal('json');
    await emptyJournal();
    expect(await importBackup(text)).toMatchObject({ ok: true, summary: { added: 1 } });
    const [entry] = await latestEntries(1);
    expect(entry?.grounding?.steps[0]).toEqual([sentence]);
  });

  it('refuses, with a kind reason and nothing written, an answer longer than any backup keeps', async () => {
    const tooLong = 'y'.repeat(MAX_ANSWER_LENGTH + 1);
    await expect(
      saveEntry({ kind: 'grounding', text: '', grounding: { steps: [[tooLong]] } }),
    ).rejects.toMatchObject({ reason: 'answer-too-long' });
    expect(await latestEntries(5)).toEqual([]);
  });
});

describe('backups in the shapes earlier versions of Steady wrote', () => {
  const backup = (name: string) =>
    readFileSync(new URL(`./backups/${name}`, import.meta.url), 'utf8');

  it.each([
    ['steady-0.1-before-pauses.json', 4, 0],
    ['steady-0.1-with-pauses.json', 3, 3],
  ])('%s imports into an empty journal, every entry and pause', async (name, entries, pauses) => {
    const outcome = await importBackup(backup(name));
    expect(outcome).toEqual({
      ok: true,
      summary: { added: entries, merged: 0, pausesAdded: pauses, pausesMerged: 0, ridesAdded: 0 },
    });
    const file = JSON.parse(backup(name)) as { entries: Entry[] };
    const stored = await latestEntries(10);
    expect(stored.map((e) => e.text).sort()).toEqual(file.entries.map((e) => e.text).sort());
    // And what it exports now imports again unchanged.
    const again = await exportJournal('json', 1);
    await emptyJournal();
    expect(await importBackup(again.text)).toMatchObject({ ok: true });
    expect((await exportJournal('json', 1)).text).toBe(again.text);
  });
});
