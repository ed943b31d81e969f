/**
 * Words of reassurance seeking that make Steady offer a pause, in English and Spanish. The user
 * can remove any of these and add their own (settings.pause.phrases); the defaults stay here so
 * a later Steady can add to them without overwriting the user's edits.
 * Matching ignores case, accents, apostrophes and ¿¡ (see normalise in detect.ts), so
 * "are you mad" also catches "Are you MAD at me??" and "estas enojado" catches "¿Estás enojado?".
 */
export const DEFAULT_PHRASES: readonly string[] = [
  // English
  'are you mad',
  'are you angry',
  'are you upset',
  'did I do something wrong',
  'did I do something',
  'what did I do',
  'are we ok',
  'are we okay',
  'are we good',
  "why haven't you replied",
  "why haven't you answered",
  "why aren't you answering",
  'are you ignoring me',
  'why are you ignoring me',
  'just checking',
  'never mind',
  'nevermind',
  'forget it',
  'do you still love me',
  'do you still like me',
  'are you still there',
  'please answer',
  'please reply',
  'did you get my message',
  "I guess you're busy",
  "you don't care",
  // Spanish
  'estás enojado',
  'estás enojada',
  'estás molesto',
  'estás molesta',
  'hice algo mal',
  'qué hice',
  'estamos bien',
  'por qué no me contestas',
  'por qué no me respondes',
  'por qué no respondes',
  'me estás ignorando',
  'solo quería saber',
  'solo preguntaba',
  'olvídalo',
  'no importa',
  'ya no me quieres',
  'sigues ahí',
  'contéstame',
  'respóndeme',
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
];
