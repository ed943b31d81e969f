/**
 * The one set of limits for an entry, used by every write (entry/write.ts) and by the import
 * (entry/check.ts is both): anything Steady stores, its own backup brings back. Kept apart so a
 * page that only writes does not load the import's messages along with a few numbers.
 *
 * Widened in backup format 1 without a version bump (a wider check accepts every older file):
 * grounding answers were 200 characters and 50 to a step, and a grounding answer typed as one
 * long sentence saved, exported, and then made the whole backup refuse to import.
 */

/** Long enough for a whole night's writing; short enough that search and export stay quick. */
export const MAX_TEXT_LENGTH = 100_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
/** A site's id or host name, or one of the words the pause named. */
export const MAX_SHORT_TEXT = 200;
/** What the pause names is Steady's own list, not typed: capped at write time, never refused. */
export const MAX_MATCHED = 50;
/** One grounding answer ("the blue mug on my desk, …"): a paragraph, typed in a hard moment. */
export const MAX_ANSWER_LENGTH = 2_000;
export const MAX_ANSWERS = 100;
export const MAX_GROUNDING_STEPS = 10;
export const MAX_PATTERN_LENGTH = 40;
export const MAX_ID_LENGTH = 100;
/** The latest moment a Date can hold (year 275760); anything later is not a time. */
export const MAX_TIME = 8.64e15;
