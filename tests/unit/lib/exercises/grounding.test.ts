import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { GROUNDING_STEPS, splitItems } from '@/lib/exercises/grounding';

const catalogue: Record<string, { message: string }> = messages;

describe('5-4-3-2-1 grounding', () => {
  it('has five steps counting down from five', () => {
    expect(GROUNDING_STEPS.map((step) => step.count)).toEqual([5, 4, 3, 2, 1]);
  });

  it('goes through the senses in order: see, touch, hear, smell, taste', () => {
    expect(GROUNDING_STEPS.map((step) => step.sense)).toEqual([
      'see',
      'touch',
      'hear',
      'smell',
      'taste',
    ]);
  });

  it('offers a remembered substitute only for smell and taste', () => {
    const withSubstitute = GROUNDING_STEPS.filter((step) => step.hasSubstitute).map(
      (step) => step.sense,
    );
    expect(withSubstitute).toEqual(['smell', 'taste']);
  });

  it('words each step with its own count, and each substitute', () => {
    for (const step of GROUNDING_STEPS) {
      expect(catalogue[`ground_${step.sense}`]?.message).toMatch(
        new RegExp(`^Notice ${step.count} .*${step.sense}`),
      );
      if (step.hasSubstitute)
        expect(catalogue[`groundSubstitute_${step.sense}`]?.message).toBeTruthy();
    }
  });
});

describe('what was noticed at a step', () => {
  it('is one item a line or separated by commas, trimmed', () => {
    expect(splitItems('the lamp\n  a mug , my phone\nthe window ')).toEqual([
      'the lamp',
      'a mug',
      'my phone',
      'the window',
    ]);
  });

  it('leaves out blank lines and stray commas', () => {
    expect(splitItems('\n\n , ,lamp,,\n  \n')).toEqual(['lamp']);
  });

  it('is empty when nothing was typed, since typing is optional', () => {
    expect(splitItems('')).toEqual([]);
    expect(splitItems('   \n ')).toEqual([]);
  });
});
