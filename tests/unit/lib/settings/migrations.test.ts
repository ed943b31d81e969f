import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_MIGRATIONS } from '@/lib/settings/migrations';
import { SETTINGS_VERSION } from '@/lib/settings/schema';
import { migrate } from '@/lib/storage/item';

type Migration = (old: unknown) => unknown;

/** A step that records that it ran and stamps the version it produces. */
function step(to: number, log: number[]): Migration {
  return (old) => {
    log.push(to);
    return { ...(old as object), version: to, [`v${to}`]: true };
  };
}

describe('migrating a stored item', () => {
  it('runs each step from the stored version up to the target, in order', () => {
    const log: number[] = [];
    const migrations = { 2: step(2, log), 3: step(3, log), 4: step(4, log) };
    const result = migrate({ version: 1, theme: 'dark' }, 1, 4, migrations);
    expect(log).toEqual([2, 3, 4]);
    expect(result).toEqual({ version: 4, theme: 'dark', v2: true, v3: true, v4: true });
  });

  it('starts after the stored version and stops at the target', () => {
    const log: number[] = [];
    const migrations = { 1: step(1, log), 2: step(2, log), 3: step(3, log), 4: step(4, log) };
    migrate({ version: 2 }, 2, 3, migrations);
    expect(log).toEqual([3]);
  });

  it('leaves a value from a newer Steady alone', () => {
    const first = vi.fn<Migration>((old) => old);
    const stored = { version: 7, theme: 'dark', fromTheFuture: 1 };
    expect(migrate(stored, 7, 2, { 1: first, 2: first })).toEqual(stored);
    expect(first).not.toHaveBeenCalled();
  });

  it('leaves a value already at the target alone', () => {
    const never = vi.fn<Migration>((old) => old);
    const stored = { version: 3, theme: 'dark' };
    expect(migrate(stored, 3, 3, { 3: never })).toBe(stored);
    expect(never).not.toHaveBeenCalled();
  });

  it('skips versions that needed no step', () => {
    const log: number[] = [];
    expect(migrate({ version: 1 }, 1, 4, { 3: step(3, log) })).toMatchObject({ version: 3 });
    expect(log).toEqual([3]);
  });

  it('has a settings step for every version after the first stored shape', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++) {
      expect(SETTINGS_MIGRATIONS[version], `migration to version ${version}`).toBeTypeOf(
        'function',
      );
    }
  });
});
