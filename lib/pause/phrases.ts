import { EN_RULES } from './rules/en';
import { ES_RULES } from './rules/es';

/**
 * Words of reassurance seeking that make Steady offer a pause, in English and Spanish. The user
 * can remove any of these and add their own (settings.pause.phrases); the defaults stay here so
 * a later Steady can add to them without overwriting the user's edits.
 * Matching ignores case, accents, apostrophes and ¿¡ (see normalise in detect.ts), so
 * "are you mad" also catches "Are you MAD at me??" and "estas enojado" catches "¿Estás enojado?".
 */
export const DEFAULT_PHRASES: readonly string[] = [
  ...new Set([...EN_RULES, ...ES_RULES].map(([phrase]) => phrase)),
];

/** Words of apology; several in one message is a sign of worry, one is just manners. */
export const APOLOGIES: readonly string[] = [
  'sorry',
  'sry',
  'I apologise',
  'I apologize',
  'perdón',
  'perdona',
  'perdóname',
  'lo siento',
  'disculpa',
  'disculpame',
  'my bad',
  'forgive me',
  'mil disculpas',
  'lo lamento',
];
