/**
 * Phrases that always pause, in any spelling readText understands ("r u mad at me" is "are you
 * mad at me", "estas enojada cnmg" is not, so both forms are listed where people use both).
 * Only words that are a worry about the relationship wherever they stand: "are you mad" is not
 * here ("are you mad?? that's amazing"), "are you mad at me" is. Everything else is the model's
 * to weigh (model.ts). The person can remove any of these (then their words count for nothing,
 * in the model too) and add their own, which always pause.
 */
export const DEFAULT_PHRASES: readonly string[] = [
  // English
  'are you mad at me',
  'are you angry with me',
  'are you upset with me',
  'are you annoyed with me',
  'did I do something wrong',
  'did I say something wrong',
  'have I upset you',
  'did I upset you',
  'is it something I said',
  'are you ignoring me',
  'why are you ignoring me',
  'do you still love me',
  'do you even care',
  'are you losing interest',
  'are you going to leave me',
  'do you hate me',
  'why are you being so distant',
  'why haven’t you replied',
  "why aren't you answering me",
  'please just answer me',
  'you left me on read',
  'guess I’m not a priority',
  'are we okay?',
  'are we ok?',
  // A phrase that ends in "?" counts only as the end of a question: "did you see my message?"
  // pauses, "did you see my message in #deploys? need a yes/no" does not.
  'did you see my message?',
  'did you get my message?',
  'did you get my text?',
  'tell me we’re okay',
  // Spanish
  'estás enojado conmigo',
  'estás enojada conmigo',
  'estás enfadado conmigo',
  'estás enfadada conmigo',
  'estás molesto conmigo',
  'estás molesta conmigo',
  'te enojaste conmigo',
  'hice algo mal',
  'dije algo malo',
  'me estás ignorando',
  'ya no me quieres',
  'ya no me querés',
  'todavía me quieres',
  'me vas a dejar',
  'por qué no me contestas',
  'por qué no me contestás',
  'me dejaste en visto',
  'te noto distante',
  'ya no te importo',
  'no soy tu prioridad',
  '¿estamos bien?',
  '¿viste mi mensaje?',
];

/** Words of apology; several in one message is a sign of worry, one is just manners. */
export const APOLOGIES: readonly string[] = [
  'sorry',
  'I apologise',
  'I apologize',
  'my bad',
  'forgive me',
  'perdón',
  'perdona',
  'perdóname',
  'lo siento',
  'disculpa',
  'disculpame',
  'mil disculpas',
];
