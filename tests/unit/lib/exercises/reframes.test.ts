import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { REFRAMES, REMINDER, nextIndex } from '@/lib/exercises/reframes';

const catalogue: Record<string, { message: string }> = messages;

describe('the reminder and the reframes', () => {
  it('reminds the user, word for word, that distance is not rejection', () => {
    expect(catalogue[REMINDER]?.message).toBe("Distance doesn't always mean rejection.");
  });

  it('each have English words in the catalogue', () => {
    for (const key of REFRAMES) {
      expect(catalogue[key]?.message, key).toMatch(/\S/);
    }
  });

  it('are all different', () => {
    expect(new Set(REFRAMES).size).toBe(REFRAMES.length);
    expect(new Set(REFRAMES.map((key) => catalogue[key]?.message)).size).toBe(REFRAMES.length);
  });

  it('include the seed’s readings: space, independence and care, the barometer', () => {
    const texts = REFRAMES.map((key) => catalogue[key]?.message).join('\n');
    expect(texts).toMatch(/Partners need space too/);
    expect(texts).toMatch(/independence doesn't diminish their care/);
    expect(texts).toMatch(/barometer/);
  });
});

describe('rotating through the reframes', () => {
  it('moves to the next one', () => {
    expect(nextIndex(0, REFRAMES.length)).toBe(1);
  });

  it('wraps from the last back to the first', () => {
    expect(nextIndex(REFRAMES.length - 1, REFRAMES.length)).toBe(0);
    expect(nextIndex(2, 3)).toBe(0);
  });

  it('visits every reframe once before repeating', () => {
    const seen: number[] = [];
    let index = 0;
    for (let i = 0; i < REFRAMES.length; i++) {
      seen.push(index);
      index = nextIndex(index, REFRAMES.length);
    }
    expect(seen.sort((a, b) => a - b)).toEqual(REFRAMES.map((_, i) => i));
    expect(index).toBe(0);
  });

  it('stays at 0 when there is nothing to rotate', () => {
    expect(nextIndex(0, 0)).toBe(0);
  });
});
