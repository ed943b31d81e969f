import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_MIGRATIONS, migrateSettings, type Migration } from '@/lib/settings/migrations';
import { SETTINGS_VERSION } from '@/lib/settings/schema';

/** A step that records that it ran and stamps the version it produces. */
function step(to: number, log: number[]): Migration {
  return (old) => {
    log.push(to);
    return { ...old, version: to, [`v${to}`]: true };
  };
}

describe('migrating stored settings', () => {
  it('runs each step from the stored version up to the target, in order', () => {
    const log: number[] = [];
    const migrations = { 2: step(2, log), 3: step(3, log), 4: step(4, log) };
    const result = migrateSettings({ version: 1, theme: 'dark' }, 4, migrations);
    expect(log).toEqual([2, 3, 4]);
    expect(result).toEqual({ version: 4, theme: 'dark', v2: true, v3: true, v4: true });
  });

  it('starts after the stored version and stops at the target', () => {
    const log: number[] = [];
    const migrations = { 1: step(1, log), 2: step(2, log), 3: step(3, log), 4: step(4, log) };
    migrateSettings({ version: 2 }, 3, migrations);
    expect(log).toEqual([3]);
  });

  it('treats an object with no version as version 0 and runs every step', () => {
    const log: number[] = [];
    const migrations = { 1: step(1, log), 2: step(2, log) };
    expect(migrateSettings({ theme: 'light' }, 2, migrations)).toMatchObject({
      version: 2,
      theme: 'light',
    });
    expect(log).toEqual([1, 2]);
  });

  it('leaves an object from a newer Steady alone', () => {
    const first = vi.fn<Migration>((old) => old);
    const stored = { version: 7, theme: 'dark', fromTheFuture: 1 };
    expect(migrateSettings(stored, 2, { 1: first, 2: first })).toEqual(stored);
    expect(first).not.toHaveBeenCalled();
  });

  it('leaves an object already at the target alone', () => {
    const never = vi.fn<Migration>((old) => old);
    const stored = { version: 3, theme: 'dark' };
    expect(migrateSettings(stored, 3, { 3: never })).toBe(stored);
    expect(never).not.toHaveBeenCalled();
  });

  it('skips versions that needed no step', () => {
    const log: number[] = [];
    expect(migrateSettings({ version: 1 }, 4, { 3: step(3, log) })).toMatchObject({ version: 3 });
    expect(log).toEqual([3]);
  });

  it('has a step for every version after the first stored shape', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++) {
      expect(SETTINGS_MIGRATIONS[version], `migration to version ${version}`).toBeTypeOf(
        'function',
      );
    }
  });
});
