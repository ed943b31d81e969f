/**
 * Stored settings carry a `version`. `SETTINGS_MIGRATIONS[n]` turns the shape of version n-1
 * into n as a pure old-shape → new-shape function; lib/storage/item.ts runs them in order.
 * Version 1 is the first stored shape, so there is nothing to migrate yet: the next change
 * adds `2: (v1) => v2` here, keeps the v1 shape in a test, and bumps SETTINGS_VERSION.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};
