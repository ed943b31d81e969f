import { oneOf, record } from '../storage/item';
import { DEFAULT_LATE_NIGHT, sanitiseLateNight, type LateNight } from '../urges/lateNight';
import { SITE_IDS } from './siteIds';

/**
 * gentle: only clear signs (a listed phrase, "???", three apologies, a fourth quick message)
 * balanced (default): a listed phrase, "??", two apologies, a third quick message
 * watchful: a listed phrase, "??", any apology, a second quick message
 */
export const SENSITIVITIES = ['gentle', 'balanced', 'watchful'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** detect: pause when the draft looks like reassurance seeking · always: before every message. */
export const SITE_MODES = ['detect', 'always'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/** Seconds of breathing the pause offers (techniques.md: 10–30 s delays work; 20 by default). */
export const PAUSE_LENGTHS = [10, 20, 30, 60] as const;
/** Minutes a conversation is left alone after "Send anyway". */
export const COOLDOWN_MINUTES = [5, 10, 20, 30, 60] as const;
/** Minutes before turning the pause off or down takes effect (lib/urges/delayedOff.ts); 0 is off. */
export const OFF_DELAYS = [0, 5, 10, 30] as const;

export const MAX_PHRASES = 200;
export const MAX_PHRASE_LENGTH = 80;

export interface PauseSettings {
  sensitivity: Sensitivity;
  /** The user's edits to DEFAULT_PHRASES, kept as edits so new defaults still arrive. */
  phrases: { added: string[]; removed: string[] };
  seconds: number;
  cooldownMinutes: number;
  /** Per site id; a site not listed is 'detect'. Whether a site is on at all is its permission. */
  modes: Record<string, SiteMode>;
  /** The late-night guard (lib/urges/lateNight.ts): off by default. */
  lateNight: LateNight;
  /** The kind delay on turning the pause off or down, chosen while calm: 0 (off) by default. */
  offDelayMinutes: number;
}

export const DEFAULT_PAUSE_SETTINGS: PauseSettings = {
  sensitivity: 'balanced',
  phrases: { added: [], removed: [] },
  seconds: 20,
  cooldownMinutes: 10,
  modes: {},
  lateNight: DEFAULT_LATE_NIGHT,
  offDelayMinutes: 0,
};

/**
 * Trimmed, short enough, no duplicates, at most MAX_PHRASES. Duplicates are found by `keyOf`:
 * lower case here (this runs on every Steady page, so it stays small); the detector's full
 * normalise where the phrase list is used (phraseList.ts).
 */
export function cleanPhrases(
  value: unknown,
  keyOf: (phrase: string) => string = (phrase) => phrase.toLowerCase(),
): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of value) {
    if (typeof raw !== 'string') continue;
    const phrase = raw.trim().replace(/\s+/g, ' ');
    const key = keyOf(phrase);
    if (!key || phrase.length > MAX_PHRASE_LENGTH || seen.has(key)) continue;
    seen.add(key);
    out.push(phrase);
  }
  return out.slice(0, MAX_PHRASES);
}

export function sanitisePauseSettings(stored: unknown): PauseSettings {
  const s = record(stored);
  const d = DEFAULT_PAUSE_SETTINGS;
  const phrases = record(s.phrases);
  const modes: Record<string, SiteMode> = {};
  const storedModes = record(s.modes);
  for (const id of SITE_IDS) {
    const mode = storedModes[id];
    if (Object.hasOwn(storedModes, id) && SITE_MODES.includes(mode as SiteMode)) {
      modes[id] = mode as SiteMode;
    }
  }
  return {
    sensitivity: oneOf(SENSITIVITIES, s.sensitivity, d.sensitivity),
    phrases: { added: cleanPhrases(phrases.added), removed: cleanPhrases(phrases.removed) },
    seconds: oneOf(PAUSE_LENGTHS, s.seconds, d.seconds),
    cooldownMinutes: oneOf(COOLDOWN_MINUTES, s.cooldownMinutes, d.cooldownMinutes),
    modes,
    lateNight: sanitiseLateNight(s.lateNight),
    offDelayMinutes: oneOf(OFF_DELAYS, s.offDelayMinutes, d.offDelayMinutes),
  };
}
