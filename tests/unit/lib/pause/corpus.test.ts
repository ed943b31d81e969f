import { describe, expect, it } from 'vitest';
import { readText } from '@/lib/pause/text';
import { detect } from '@/lib/pause/detect';
import { APOLOGIES, DEFAULT_PHRASES } from '@/lib/pause/phrases';
import { MODEL, loadCorpus, score } from '../../../corpus/score';

/**
 * The pause measured on the labelled corpus (tests/corpus), at the default sensitivity, with the
 * model as the background hands it to the content script. The held-out part was written apart
 * from everything Steady was tuned or trained on: it is the honest figure. The aims are recall
 * ≥ 0.90 and false positives ≤ 0.05 (product.md). Today (docs/pause-detection.md) recall is
 * short of the aim in both languages, and English false positives are just over it: 5 of 97
 * ordinary messages (0.052), 3 of them among the 33 of work chat (0.091). These floors hold what
 * the detector reaches and fail the day a change makes it worse; Spanish false positives are held
 * to the aim. Raise them as it improves; never lower them to let a change through.
 */
const FLOORS = {
  en: { recall: 0.86, falsePositives: 0.052, work: 0.091 },
  es: { recall: 0.81, falsePositives: 0.05, work: 0.05 },
};

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
      [...loadCorpus(language, 'tune'), ...loadCorpus(language, 'train')].map((m) => key(m.text)),
    );
    expect(loadCorpus(language, 'heldout').filter((m) => learned.has(key(m.text)))).toEqual([]);
  });

  it('on the held-out part, catches as much and holds as little as it did', () => {
    const held = score(loadCorpus(language, 'heldout'));
    const floor = FLOORS[language];
    expect(held.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(held.falsePositives).toBeLessThanOrEqual(floor.falsePositives);
    expect(held.workFalsePositives).toBeLessThanOrEqual(floor.work);
  });

  it('on the parts it learned from, holds few ordinary messages and has not memorised them', () => {
    const learned = score([...loadCorpus(language, 'tune'), ...loadCorpus(language, 'train')]);
    expect(learned.recall).toBeGreaterThanOrEqual(0.75);
    expect(learned.falsePositives).toBeLessThanOrEqual(0.06);
  });

  it('names, for every message it pauses, words of the message itself or a sign', () => {
    // Signs are named by their own names; apologies as the list spells them ('perdón ×2').
    const isSign = (named: string) =>
      named === '??' || named === 'double text' || APOLOGIES.includes(named.replace(/ ×\d+$/, ''));
    for (const item of [...loadCorpus(language, 'tune'), ...loadCorpus(language, 'heldout')]) {
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

  it('pauses more, never less, as the sensitivity rises', () => {
    const items = loadCorpus(language, 'heldout');
    const gentle = score(items, 'gentle');
    const balanced = score(items, 'balanced');
    const watchful = score(items, 'watchful');
    expect(balanced.recall).toBeGreaterThanOrEqual(gentle.recall);
    expect(watchful.recall).toBeGreaterThanOrEqual(balanced.recall);
  });
});
