import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitiseSettings } from '@/lib/settings/schema';

describe('reading stored settings', () => {
  it('gives the defaults (box breathing for a minute, system theme) when nothing is stored', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      breathing: { pattern: 'box', seconds: 60 },
      theme: 'system',
      newtab: { mode: 'full' },
    });
    expect(sanitiseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitiseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid stored choice', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      breathing: { pattern: '478', seconds: 120 },
      theme: 'dark',
      newtab: { mode: 'minimal' },
    };
    expect(sanitiseSettings(stored)).toEqual(stored);
  });

  it('falls back field by field, keeping the valid values beside an invalid one', () => {
    expect(
      sanitiseSettings({ breathing: { pattern: 'hyperventilate', seconds: 300 }, theme: 'light' }),
    ).toEqual({ ...DEFAULT_SETTINGS, breathing: { pattern: 'box', seconds: 300 }, theme: 'light' });
    expect(
      sanitiseSettings({ breathing: { pattern: 'sigh', seconds: 45 }, theme: 'neon' }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      breathing: { pattern: 'sigh', seconds: 60 },
      theme: 'system',
    });
  });

  it('fills in what a partial object leaves out', () => {
    expect(sanitiseSettings({ theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(sanitiseSettings({ breathing: { pattern: 'resonance' } })).toEqual({
      ...DEFAULT_SETTINGS,
      breathing: { pattern: 'resonance', seconds: 60 },
      theme: 'system',
    });
  });

  it('survives corrupt values of the wrong type', () => {
    for (const corrupt of [null, 42, 'dark', [], true]) {
      expect(sanitiseSettings(corrupt)).toEqual(DEFAULT_SETTINGS);
    }
    expect(sanitiseSettings({ breathing: 'box', theme: ['dark'] })).toEqual(DEFAULT_SETTINGS);
    expect(sanitiseSettings({ breathing: [], theme: null })).toEqual(DEFAULT_SETTINGS);
    // A length stored as a string is not a length: "60" is not silently trusted.
    expect(
      sanitiseSettings({ breathing: { pattern: 'box', seconds: '120' } }).breathing.seconds,
    ).toBe(60);
  });

  it('never hands out the shared defaults object to be mutated', () => {
    const settings = sanitiseSettings(undefined);
    settings.breathing.pattern = 'sigh';
    expect(DEFAULT_SETTINGS.breathing.pattern).toBe('box');
  });
});
