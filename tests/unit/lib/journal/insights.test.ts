import { describe, expect, it } from 'vitest';
import { computeInsights, whatToShow } from '@/lib/journal/insights';
import { sampleEntries, samplePauses } from './fixtures';

describe('insights', () => {
  const insights = computeInsights({ entries: sampleEntries(), pauses: samplePauses() });

  it('averages intensity per local day, oldest first, leaving out how one felt after breathing', () => {
    expect(insights.intensity).toEqual([
      { day: '2026-03-10', average: 7, count: 1 },
      { day: '2026-03-11', average: 8, count: 1 },
      { day: '2026-03-12', average: 2, count: 1 },
    ]);
  });

  it('counts the needs reached for, every need listed even at zero', () => {
    expect(insights.needs).toEqual([
      { need: 'reassurance', count: 1 },
      { need: 'understanding', count: 0 },
      { need: 'safety', count: 1 },
      { need: 'space', count: 1 },
      { need: 'other', count: 0 },
    ]);
  });

  it('places urges in the hours they came, counting a saved pause once (through its entry)', () => {
    expect(insights.hours.reduce((a, b) => a + b, 0)).toBe(5);
    expect(insights.hours[21]).toBe(1);
  });

  it('tells how pauses ended and how often the urge passed', () => {
    expect(insights.pauseOutcomes).toEqual({ saved: 1, waited: 1, sent: 1 });
    expect(insights.revisits).toEqual({ passed: 1, send: 0, unsure: 0 });
  });

  it('shows a picture only with enough behind it, and nothing for an empty journal', () => {
    expect(whatToShow(insights)).toEqual({
      intensity: true,
      needs: true,
      hours: true,
      pauses: true,
      any: true,
    });
    expect(whatToShow(computeInsights({ entries: [], pauses: [] })).any).toBe(false);
    const two = computeInsights({ entries: sampleEntries().slice(0, 2), pauses: [] });
    expect(whatToShow(two).any).toBe(false);
  });
});
