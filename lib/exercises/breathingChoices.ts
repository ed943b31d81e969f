/**
 * The breathing choices a user can make, apart from the patterns' timings (breathing.ts), so
 * that settings can validate them without every surface shipping the pacer's logic.
 */
export const PATTERN_IDS = ['box', 'sigh', 'resonance', '478'] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

/** Session lengths offered, in seconds. About a minute is the default. */
export const SESSION_LENGTHS = [30, 60, 120, 180, 300] as const;
