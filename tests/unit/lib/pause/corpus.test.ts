import { describe, expect, it } from 'vitest';
import { readText } from '@/lib/pause/text';
import { detect } from '@/lib/pause/detect';
import { APOLOGIES, DEFAULT_PHRASES } from '@/lib/pause/phrases';
import { MODEL, loadCorpus, score } from '../../../corpus/score';

/**
 * The pause measured on the labelled corpus (tests/corpus), at the default sensitivity, with the
 * model as the background hands it to the content script. Since round 6 the model learns from
 * every part but `heldout-5`: the first four held-out parts had all been read or used to choose
 * settings, so they no longer measured anything unseen (docs/pause-detection.md). `heldout-5`
 * was written by writers who had seen no code, no corpus and no misses, and was measured once,
 * on the model as shipped: it is the yardstick. The aims are recall ≥ 0.90 and false positives ≤
 * 0.05 (product.md); both languages meet them there. These floors hold what the detector reaches
 * (recall) or the aim (false positives) and fail the day a change makes it worse. Raise them as
 * it improves; never lower them to let a change through.
 */
const FLOORS = {
  'heldout-5': {
    en: { recall: 0.93, falsePositives: 0.05, work: 0.05 },
    es: { recall: 0.94, falsePositives: 0.05, work: 0.05 },
  },
} as const;
const HELD_OUT = ['heldout-5'] as const;
/** What the model learns from (scripts/train-pause-model.ts). */
const LEARNED = ['tune', 'train', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4'] as const;

describe.each(['en', 'es'] as const)('the %s corpus at the default sensitivity', (language) => {
  it('has enough messages, half of them seeking reassurance', () => {
    const all = [...loadCorpus(language, 'tune'), ...loadCorpus(language, 'heldout')];
    expect(all.length).toBeGreaterThanOrEqual(300);
    const share = all.filter((m) => m.seeking).length / all.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });

  it('keeps the held-out part apart: none of its messages is in the parts it learned from', () => {
    const key = (text: string) => readText(text).text;
    const learned = new Set(
      LEARNED.flatMap((part) => loadCorpus(language, part)).map((m) => key(m.text)),
    );
    for (const part of HELD_OUT) {
      expect(loadCorpus(language, part).filter((m) => learned.has(key(m.text)))).toEqual([]);
    }
  });

  it.each(HELD_OUT)(
    'has a %s part of at least 200 messages, half of them seeking reassurance, with work chat among the ordinary',
    (part) => {
      const second = loadCorpus(language, part);
      expect(second.length).toBeGreaterThanOrEqual(200);
      const share = second.filter((m) => m.seeking).length / second.length;
      expect(share).toBeGreaterThan(0.45);
      expect(share).toBeLessThan(0.55);
      expect(
        second.filter((m) => !m.seeking && m.situation.startsWith('work')).length,
      ).toBeGreaterThanOrEqual(30);
    },
  );

  it.each(HELD_OUT)('on the %s part, catches as much and holds as little as it did', (part) => {
    const held = score(loadCorpus(language, part));
    const floor = FLOORS[part][language];
    expect(held.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(held.falsePositives).toBeLessThanOrEqual(floor.falsePositives);
    expect(held.workFalsePositives).toBeLessThanOrEqual(floor.work);
  });

  it('on the parts it learned from, holds few ordinary messages and has not memorised them', () => {
    const learned = score(LEARNED.flatMap((part) => loadCorpus(language, part)));
    expect(learned.recall).toBeGreaterThanOrEqual(0.75);
    expect(learned.falsePositives).toBeLessThanOrEqual(0.06);
  });

  it('names, for every message it pauses, words of the message itself or a sign', () => {
    // Signs are named by their own names; apologies as the list spells them ('perdón ×2').
    const isSign = (named: string) =>
      named === '??' || named === 'double text' || APOLOGIES.includes(named.replace(/ ×\d+$/, ''));
    const items = [...LEARNED, ...HELD_OUT].flatMap((part) => loadCorpus(language, part));
    for (const item of items) {
      const verdict = detect(item.text, {
        phrases: DEFAULT_PHRASES,
        sensitivity: 'balanced',
        quickSends: item.quickSends ?? 0,
        model: MODEL,
      });
      if (!verdict.pause) continue;
      expect(verdict.matched.length, item.text).toBeGreaterThan(0);
      for (const named of verdict.matched) {
        if (!isSign(named)) expect(item.text, named).toContain(named);
      }
    }
  });

  it.each([...HELD_OUT, 'heldout-4'] as const)(
    'pauses more, never less, as the sensitivity rises (%s)',
    (part) => {
      const items = loadCorpus(language, part);
      const gentle = score(items, 'gentle');
      const balanced = score(items, 'balanced');
      const watchful = score(items, 'watchful');
      expect(balanced.recall).toBeGreaterThanOrEqual(gentle.recall);
      expect(watchful.recall).toBeGreaterThanOrEqual(balanced.recall);
    },
  );
});
