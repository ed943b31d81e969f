import { PATTERN_IDS, SESSION_LENGTHS, type PatternId } from '../exercises/breathingChoices';
import { oneOf, record } from '../storage/item';
import { isClockTime, type ClockTime } from '../reminders/time';

export const THEMES = ['system', 'light', 'dark'] as const;
export const NEWTAB_MODES = ['full', 'minimal'] as const;
export type NewtabMode = (typeof NEWTAB_MODES)[number];
export type Theme = (typeof THEMES)[number];

/** The settings as the current version stores them. */
export interface Settings {
  breathing: {
    pattern: PatternId;
    /** Target length of a breathing session, in seconds (rounded to whole cycles). */
    seconds: number;
  };
  theme: Theme;
  /** full: the reflection card · minimal: just the reminder line. */
  newtab: { mode: NewtabMode };
  /** The gentle daily check-in (off until the person turns it on), at a local "HH:MM". */
  checkin: { on: boolean; time: ClockTime };
}

/** 2: adds `checkin` (settings/migrations.ts). */
export const SETTINGS_VERSION = 2;

export const DEFAULT_CHECKIN: Settings['checkin'] = { on: false, time: '20:00' };

export const DEFAULT_SETTINGS: Settings = {
  breathing: { pattern: 'box', seconds: 60 },
  theme: 'system',
  newtab: { mode: 'full' },
  checkin: DEFAULT_CHECKIN,
};

/**
 * Keeps every stored value that is still valid and falls back to the default for the rest, so a
 * hand-edited, partial or corrupted settings object never breaks a surface.
 */
export function sanitiseSettings(stored: unknown): Settings {
  const s = record(stored);
  const breathing = record(s.breathing);
  const d = DEFAULT_SETTINGS;
  return {
    breathing: {
      pattern: oneOf(PATTERN_IDS, breathing.pattern, d.breathing.pattern),
      seconds: oneOf(SESSION_LENGTHS, breathing.seconds, d.breathing.seconds),
    },
    theme: oneOf(THEMES, s.theme, d.theme),
    newtab: { mode: oneOf(NEWTAB_MODES, record(s.newtab).mode, d.newtab.mode) },
    checkin: sanitiseCheckin(s.checkin),
  };
}

function sanitiseCheckin(stored: unknown): Settings['checkin'] {
  const c = record(stored);
  return {
    on: c.on === true,
    time: isClockTime(c.time) ? c.time : DEFAULT_CHECKIN.time,
  };
}
