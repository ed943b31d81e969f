/**
 * 5-4-3-2-1 grounding: one sense at a time, self-paced. With nothing to smell or taste, the
 * user is invited to recall a favourite smell or taste instead (Mayo Clinic Health System).
 */
export type Sense = 'see' | 'touch' | 'hear' | 'smell' | 'taste';

export interface GroundingStep {
  count: number;
  sense: Sense;
  /** Whether the step offers a remembered substitute when the sense has nothing to find. */
  hasSubstitute: boolean;
}

export const GROUNDING_STEPS: readonly GroundingStep[] = [
  { count: 5, sense: 'see', hasSubstitute: false },
  { count: 4, sense: 'touch', hasSubstitute: false },
  { count: 3, sense: 'hear', hasSubstitute: false },
  { count: 2, sense: 'smell', hasSubstitute: true },
  { count: 1, sense: 'taste', hasSubstitute: true },
];

/** Turns what was typed at a step (one item a line, or separated by commas) into a clean list. */
export function splitItems(typed: string): string[] {
  return typed
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
