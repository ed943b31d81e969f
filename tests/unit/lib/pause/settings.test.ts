import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAUSE_SETTINGS,
  MAX_PHRASE_LENGTH,
  sanitisePauseSettings,
} from '@/lib/pause/settings';

describe('pause settings', () => {
  it('defaults to balanced, 20 seconds of breathing and a 10-minute cooldown', () => {
    expect(sanitisePauseSettings(undefined)).toEqual(DEFAULT_PAUSE_SETTINGS);
    expect(DEFAULT_PAUSE_SETTINGS).toMatchObject({
      sensitivity: 'balanced',
      seconds: 20,
      cooldownMinutes: 10,
      modes: {},
    });
  });

  it('keeps valid choices and replaces invalid ones field by field', () => {
    expect(
      sanitisePauseSettings({
        sensitivity: 'watchful',
        seconds: 7,
        cooldownMinutes: 30,
        modes: { slack: 'always', discord: 'sometimes', nowhere: 'always', __proto__: 'always' },
        phrases: {
          added: ['  u   up ', 'U UP', 42, 'x'.repeat(MAX_PHRASE_LENGTH + 1)],
          removed: 'no',
        },
      }),
    ).toEqual({
      sensitivity: 'watchful',
      seconds: 20,
      cooldownMinutes: 30,
      modes: { slack: 'always' },
      phrases: { added: ['u up'], removed: [] },
      lateNight: { on: false, from: '23:00', to: '07:00' },
      offDelayMinutes: 0,
    });
  });

  it('keeps the late-night guard off and no delay on turning off, unless chosen; bad values fall back', () => {
    expect(DEFAULT_PAUSE_SETTINGS).toMatchObject({
      lateNight: { on: false, from: '23:00', to: '07:00' },
      offDelayMinutes: 0,
    });
    expect(
      sanitisePauseSettings({
        lateNight: { on: true, from: '22:00', to: '06:30' },
        offDelayMinutes: 30,
      }),
    ).toMatchObject({ lateNight: { on: true, from: '22:00', to: '06:30' }, offDelayMinutes: 30 });
    expect(
      sanitisePauseSettings({ lateNight: { on: 1, from: '22', to: null }, offDelayMinutes: 7 }),
    ).toMatchObject({ lateNight: { on: false, from: '23:00', to: '07:00' }, offDelayMinutes: 0 });
    expect(sanitisePauseSettings({ lateNight: 'always', offDelayMinutes: '10' })).toMatchObject({
      lateNight: DEFAULT_PAUSE_SETTINGS.lateNight,
      offDelayMinutes: 0,
    });
  });

  it('survives corrupt values of the wrong type', () => {
    for (const corrupt of [null, 42, 'x', [], { modes: [], phrases: null }]) {
      expect(sanitisePauseSettings(corrupt)).toEqual(DEFAULT_PAUSE_SETTINGS);
    }
  });
});
