import { describe, expect, it } from 'vitest';
import { activeCooldowns, isCoolingDown, startCooldown } from '@/lib/pause/cooldown';

const MIN = 60_000;

describe('the cooldown after "Send anyway"', () => {
  it('leaves the conversation alone for the chosen minutes, then pauses again', () => {
    const cooldowns = startCooldown({}, 'slack:/c/1', 0, 10);
    expect(isCoolingDown(cooldowns, 'slack:/c/1', 9 * MIN)).toBe(true);
    expect(isCoolingDown(cooldowns, 'slack:/c/1', 10 * MIN)).toBe(false);
  });

  it('is per conversation', () => {
    const cooldowns = startCooldown({}, 'slack:/c/1', 0, 10);
    expect(isCoolingDown(cooldowns, 'slack:/c/2', MIN)).toBe(false);
  });

  it('drops cooldowns that are over and never mutates the map given', () => {
    const old = { a: 5 * MIN, b: 50 * MIN };
    const next = startCooldown(old, 'c', 10 * MIN, 10);
    expect(next).toEqual({ b: 50 * MIN, c: 20 * MIN });
    expect(old).toEqual({ a: 5 * MIN, b: 50 * MIN });
    expect(activeCooldowns(next, 30 * MIN)).toEqual({ b: 50 * MIN });
  });

  it('ignores keys that only exist on Object.prototype', () => {
    expect(isCoolingDown({}, 'constructor', 0)).toBe(false);
  });
});
