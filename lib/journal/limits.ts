/**
 * Limits shared by every write (validate.ts) and the import's checks (fieldChecks.ts), so that
 * anything Steady stores, its own backup brings back. A module of its own so that pages which
 * only write (the popup) do not load the import's field checks along with two numbers.
 */
export const MAX_SHORT_TEXT = 200;
export const MAX_MATCHED = 50;
