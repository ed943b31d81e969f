import { describe, expect, it } from 'vitest';
import { REMINDER } from '@/lib/exercises/reframes';
import { seededRandom } from '@/lib/newtab/random';
import {
  REFLECTIONS,
  findReflection,
  nextReflection,
  pickReflection,
  reflectionId,
} from '@/lib/newtab/reflections';

describe('the new-tab rotation', () => {
  it('includes the reminder, a seed prompt, the needs question, the barometer and calm me', () => {
    const ids = REFLECTIONS.map(reflectionId);
    expect(ids).toContain(`reframe:${REMINDER}`);
    expect(ids).toEqual(expect.arrayContaining(['prompt', 'need', 'barometer', 'calm']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the same sequence for the same seed', () => {
    const run = (seed: number) => {
      const random = seededRandom(seed);
      let last: string | null = null;
      return Array.from({ length: 30 }, () => (last = reflectionId(pickReflection(last, random))));
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(7));
  });

  it('never shows the same reflection on two tabs in a row', () => {
    for (const seed of [1, 2, 3, 99, 2026]) {
      const random = seededRandom(seed);
      let last: string | null = null;
      for (let tab = 0; tab < 500; tab++) {
        const next = reflectionId(pickReflection(last, random));
        expect(next).not.toBe(last);
        last = next;
      }
    }
  });

  it('reaches every reflection over many tabs', () => {
    const random = seededRandom(5);
    const seen = new Set<string>();
    let last: string | null = null;
    for (let tab = 0; tab < 300; tab++)
      seen.add((last = reflectionId(pickReflection(last, random))));
    expect(seen.size).toBe(REFLECTIONS.length);
  });

  it('steps through every reflection in order with "Another reflection", wrapping at the end', () => {
    let current = REFLECTIONS[0]!;
    const order = [reflectionId(current)];
    for (let i = 1; i < REFLECTIONS.length; i++)
      order.push(reflectionId((current = nextReflection(current))));
    expect(order).toEqual(REFLECTIONS.map(reflectionId));
    expect(nextReflection(current)).toEqual(REFLECTIONS[0]);
  });

  it('forgets a remembered reflection that no longer exists', () => {
    expect(findReflection('reframe:gone')).toBeUndefined();
    expect(findReflection('barometer')).toEqual({ kind: 'barometer' });
  });
});
