import { normalise } from './normalise';
import { APOLOGIES, DEFAULT_PHRASES } from './phrases';
import { readText, wordsAt, type ReadText } from './text';

/** Names of the signs that are not words, as stored in an unsent entry's `matched`. */
export const MATCH_QUESTIONS = '??';
export const MATCH_DOUBLE_TEXT = 'double text';

const patterns = new Map<string, RegExp>();
const keys = new Map<string, string>();

/** A phrase in readText's form (memoised: the phrase list is read on every send). */
export function keyOf(phrase: string): string {
  let key = keys.get(phrase);
  if (key === undefined) {
    key = readText(phrase).text;
    if (keys.size < 1000) keys.set(phrase, key);
  }
  return key;
}

/** A phrase as whole words of readText's form, compiled once. */
export function phrasePattern(phrase: string, flags = 'u'): RegExp {
  const id = `${flags} ${phrase}`;
  let pattern = patterns.get(id);
  if (!pattern) {
    const words = keyOf(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${words.replace(/ /g, '[ ,]+')}(?![\\p{L}\\p{N}])`,
      flags,
    );
    if (patterns.size < 1000) patterns.set(id, pattern);
  }
  // A 'g' pattern keeps where it stopped: start each use from the beginning.
  pattern.lastIndex = 0;
  return pattern;
}

const DEFAULT_KEYS = new Set(DEFAULT_PHRASES.map(keyOf));
/** Two spellings of one apology that read the same ("perdón", "perdon") count once. */
const APOLOGY_WORDS = [...new Map(APOLOGIES.map((word) => [keyOf(word), word])).values()];

export interface Signs {
  read: ReadText;
  /** Phrases of the list in effect found in the draft, as typed. Any of them pauses. */
  phrases: string[];
  /** '??', the apology words ('sorry ×2') and 'double text', when present. */
  others: string[];
  /** The draft's text with the words of default phrases the person removed blanked out. */
  kept: string;
  /** How many apologies the draft holds. */
  apologies: number;
  /**
   * The whole draft is a nudge to someone silent ("hello?", "??", "¿hola?", "u there?") or a
   * curt withdrawal meant to be answered ("fine. forget it.").
   */
  nudge: boolean;
}

/**
 * A curt withdrawal meant to be answered: "fine. forget it.", "vale. olvídalo." The full stop
 * after the first word is the tell; "ok forget it, we'll use the other venue" is not this.
 */
const PROTEST =
  /^(?:fine|ok|okay|k|whatever|wow|cool|great|sure|right|vale|bueno|ya|listo|genial|perfecto|dale)[.!…]+ ?(?:forget it|never mind|whatever|forget i said anything|do what you want|noted|bye|olvidalo|da igual|como quieras|ya fue|ya entendi|lo que quieras|chao)[.!…]*$/u;

/** The same words without a question mark are a nudge only after sends that went unanswered. */
const NUDGE_WORDS =
  /^(?:hello|helo|you there|are you there|still there|anyone|sigues ahi|estas ahi|seguis ahi)[ .!…]*$/u;
const NUDGE =
  /^(?:(?:hello|helo|hey|hi|yo|oi|hola|holi|ola|ey|oye|alo|bueno|amor|babe|you there|are you there|anyone|still there|sigues ahi|estas ahi)[ ,.]*)?\?+[ ?!.…]*$/u;

/**
 * The signs Steady names: phrases of the person's list (the defaults they kept and their own),
 * a run of question marks, apologies, a quick run of sends. Whether they make a pause is for
 * detect.ts to weigh; this only finds them, truthfully, in the person's own words.
 */
export function findSigns(read: ReadText, phrases: readonly string[], quickSends: number): Signs {
  const inList = new Set(phrases.map(keyOf));
  const found: [number, string][] = [];
  let kept = read.text;
  const words = (m: RegExpMatchArray) => wordsAt(read, m.index!, m.index! + m[0].length);
  for (const phrase of new Set([...DEFAULT_PHRASES, ...phrases])) {
    const match = read.text.match(phrasePattern(phrase));
    if (!match) continue;
    if (inList.has(keyOf(phrase))) found.push([match.index!, words(match)]);
    else if (DEFAULT_KEYS.has(keyOf(phrase))) {
      // A default the person took off their list: its words count for nothing, in the model too.
      kept =
        kept.slice(0, match.index!) +
        ' '.repeat(match[0].length) +
        kept.slice(match.index! + match[0].length);
    }
  }
  const others: string[] = [];
  if (/\?{2,}/.test(read.text)) others.push(MATCH_QUESTIONS);
  let apologies = 0;
  for (const word of APOLOGY_WORDS) {
    const n = [...read.text.matchAll(phrasePattern(word, 'gu'))].length;
    apologies += n;
    if (n) others.push(n > 1 ? `${word} ×${n}` : word);
  }
  if (quickSends > 0) others.push(MATCH_DOUBLE_TEXT);
  // In the order they stand in the draft, each once.
  found.sort((a, b) => a[0] - b[0]);
  const phrasesFound = [...new Map(found.map(([, f]) => [normalise(f), f])).values()];
  return {
    read,
    phrases: phrasesFound,
    others,
    kept,
    apologies,
    nudge:
      NUDGE.test(read.text) ||
      PROTEST.test(read.text) ||
      (quickSends > 1 && NUDGE_WORDS.test(read.text)),
  };
}
