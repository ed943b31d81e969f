/**
 * Stored settings carry a `version`. Each migration turns the shape of version N-1 into N as a
 * pure old-shape → new-shape function; they run in order.
 */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export const SETTINGS_MIGRATIONS: Record<number, Migration> = {
  // 2 adds the daily check-in, off: nobody who set Steady up before it existed gets one
  // without choosing it.
  2: (v1) => ({ ...v1, version: 2, checkin: { on: false, time: '20:00' } }),
};

/**
 * Brings a stored object from its version to `target`. An object from a newer Steady (a
 * downgrade) is left as it is; sanitising afterwards keeps what this version understands.
 */
export function migrateSettings(
  stored: Record<string, unknown>,
  target: number,
  migrations: Record<number, Migration> = SETTINGS_MIGRATIONS,
): Record<string, unknown> {
  const from = typeof stored.version === 'number' ? stored.version : 0;
  let current = stored;
  for (let version = from + 1; version <= target; version++) {
    const step = migrations[version];
    if (step) current = step(current);
  }
  return current;
}
