/**
 * Stored settings carry a `version`. `SETTINGS_MIGRATIONS[n]` turns the shape of version n-1
 * into n as a pure old-shape → new-shape function; lib/storage/item.ts runs them in order.
 * The next change adds `3: (v2) => v3` here, keeps the v2 shape in a test, and bumps
 * SETTINGS_VERSION.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // 2 adds the daily check-in, off: nobody who set Steady up before it existed gets one
  // without choosing it.
  2: (v1) => ({ ...(v1 as object), version: 2, checkin: { on: false, time: '20:00' } }),
};
