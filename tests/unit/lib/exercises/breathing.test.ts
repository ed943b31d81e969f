import { describe, expect, it } from 'vitest';
import { PATTERNS, cycleSeconds, planCycles, sessionStateAt } from '@/lib/exercises/breathing';

describe('breathing patterns', () => {
  it('follow the published numbers', () => {
    expect(PATTERNS.box.phases.map((p) => p.seconds)).toEqual([4, 4, 4, 4]);
    expect(PATTERNS.resonance.phases.map((p) => p.seconds)).toEqual([5, 5]);
    expect(PATTERNS['478'].phases.map((p) => p.seconds)).toEqual([4, 7, 8]);
    const [inhale, topUp, exhale] = PATTERNS.sigh.phases;
    expect(exhale!.seconds).toBe(2 * (inhale!.seconds + topUp!.seconds));
  });

  it('plan about a minute in whole cycles', () => {
    expect(planCycles(PATTERNS.box, 60)).toBe(4); // 64 s
    expect(planCycles(PATTERNS.resonance, 60)).toBe(6); // 60 s, 6 breaths a minute
    expect(planCycles(PATTERNS.sigh, 60) * cycleSeconds(PATTERNS.sigh)).toBeGreaterThanOrEqual(54);
  });

  it('never plan more than four rounds of 4-7-8', () => {
    expect(planCycles(PATTERNS['478'], 300)).toBe(4);
    expect(planCycles(PATTERNS['478'], 30)).toBe(2);
  });

  it('always breathe at least one cycle', () => {
    expect(planCycles(PATTERNS['478'], 1)).toBe(1);
  });
});

describe('a session in progress', () => {
  const box = PATTERNS.box;

  it('starts breathing in with the full count', () => {
    expect(sessionStateAt(box, 2, 0)).toMatchObject({
      done: false,
      cycle: 0,
      phase: { kind: 'in' },
      secondsLeft: 4,
    });
  });

  it('counts down and moves through the phases', () => {
    expect(sessionStateAt(box, 2, 3_100)).toMatchObject({ phase: { kind: 'in' }, secondsLeft: 1 });
    expect(sessionStateAt(box, 2, 4_000)).toMatchObject({
      phase: { kind: 'hold' },
      secondsLeft: 4,
    });
    expect(sessionStateAt(box, 2, 13_000)).toMatchObject({
      phase: { kind: 'rest' },
      secondsLeft: 3,
    });
    expect(sessionStateAt(box, 2, 16_000)).toMatchObject({ cycle: 1, phase: { kind: 'in' } });
  });

  it('ends after the planned cycles', () => {
    expect(sessionStateAt(box, 2, 31_999).done).toBe(false);
    expect(sessionStateAt(box, 2, 32_000)).toMatchObject({ done: true, cycle: 1 });
  });
});
