import { compileRows, type Rule } from './rules/compile';
import { EN_RULES } from './rules/en';
import { ES_RULES } from './rules/es';
import { ordinaryWeight } from './rules/ordinary';
import { APOLOGIES, DEFAULT_PHRASES } from './phrases';
import { normalise } from './normalise';
import type { Sensitivity } from './settings';
import { readText, wordsAt, type ReadText } from './text';

/** Names of the signs that are not words, as stored in an unsent entry's `matched`. */
export const MATCH_QUESTIONS = '??';
export const MATCH_DOUBLE_TEXT = 'double text';

/**
 * What the worry seems to be about, so the pause can offer a reframe that fits it:
 * silence (no reply yet, "hello?"), upset (fear that they are angry, "did I do something"),
 * rejection (fear of being left or unloved, protest: "fine. forget it."), or general.
 */
export const PAUSE_THEMES = ['silence', 'upset', 'rejection', 'general'] as const;
export type PauseTheme = (typeof PAUSE_THEMES)[number];

export interface Verdict {
  pause: boolean;
  /**
   * What made it pause, in the person's own words as typed ("r u mad at me"), then '??',
   * the apology words ('sorry ×2'), 'double text'. Empty when it does not pause.
   */
  matched: string[];
  /** What the worry seems to be about; 'general' when nothing says. */
  theme: PauseTheme;
}

export interface DetectOptions {
  /** The phrase list in effect: the default phrases the person kept, then their own. */
  phrases: readonly string[];
  sensitivity: Sensitivity;
  /** Messages already sent in this conversation in a quick run just before this one. */
  quickSends: number;
}

/**
 * How much weight of signs it takes to pause. Signs weigh 2 (clear on their own, even among
 * ordinary words), 1 (clear on their own), 0.5 (only with another sign), see rules/en.ts.
 */
export const THRESHOLDS: Record<Sensitivity, number> = { gentle: 1.5, balanced: 1, watchful: 0.5 };

/** Weights of the signs that are not words. */
const QUESTION_RUN = 0.5; // "??": with another sign
const APOLOGY_ONE = 0.5;
const APOLOGY_MORE = 1; // two or more apologies in one message
const QUICK_SENDS = 0.5; // a quick run of messages before this one
const QUICK_QUESTION = 0.5; // ...and this one asks the other person something
const PHRASE_CAP = 2;

let rules: Rule[] | undefined;
/** Compiled on the first send, not when a page loads. */
function allRules(): Rule[] {
  return (rules ??= compileRows([...EN_RULES, ...ES_RULES]));
}

const DEFAULT_KEYS = new Set(DEFAULT_PHRASES.map(normalise));
const YOU = /(?<![\p{L}])(?:you|your|tu|te|ti|vos|contigo|usted|estas|quieres|queres|vienes|venis|puedes|podes|tienes|tenes|sabes|sabes)(?![\p{L}])/u;

function phrasePattern(phrase: string): RegExp {
  const words = readText(phrase).text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/ /g, '[ ,]+')}(?![\\p{L}\\p{N}])`, 'u');
}

/** "sorry" and "sry" read the same: count each way of apologising once. */
const APOLOGY_WORDS = [...new Map(APOLOGIES.map((word) => [readText(word).text, word])).values()];

function apologySigns(read: ReadText): { weight: number; shown: string[] } {
  const shown: string[] = [];
  let count = 0;
  for (const word of APOLOGY_WORDS) {
    const pattern = new RegExp(phrasePattern(word).source, 'gu');
    const n = [...read.text.matchAll(pattern)].length;
    if (!n) continue;
    count += n;
    shown.push(n > 1 ? `${word} ×${n}` : word);
  }
  return { weight: count > 1 ? APOLOGY_MORE : count ? APOLOGY_ONE : 0, shown };
}

/**
 * Decides, on the device and explainably, whether a draft looks like reassurance seeking.
 * Pure: the same draft and options always give the same verdict. The person's own phrases
 * always pause; a default phrase they removed turns its signs off.
 */
export function detect(draft: string, options: DetectOptions): Verdict {
  const read = readText(draft);
  const none: Verdict = { pause: false, matched: [], theme: 'general' };
  if (!read.text) return none;
  const kept = new Set(options.phrases.map(normalise));
  const shown: string[] = [];
  const show = (words: string) => {
    if (words && !shown.some((s) => normalise(s) === normalise(words))) shown.push(words);
  };

  let own = false;
  for (const phrase of options.phrases) {
    if (DEFAULT_KEYS.has(normalise(phrase))) continue;
    const found = read.text.match(phrasePattern(phrase));
    if (found) {
      own = true;
      show(wordsAt(read, found.index!, found.index! + found[0].length));
    }
  }

  // Each phrase's signs add up to at most PHRASE_CAP: three ways of saying "are you mad" in one
  // message are one worry, not three.
  const byPhrase = new Map<string, { weight: number; theme: PauseTheme }>();
  for (const rule of allRules()) {
    if (!kept.has(normalise(rule.phrase))) continue;
    const found = read.text.match(rule.pattern);
    if (!found) continue;
    show(wordsAt(read, found.index!, found.index! + found[0].length));
    const before = byPhrase.get(rule.phrase)?.weight ?? 0;
    byPhrase.set(rule.phrase, { weight: Math.min(before + rule.weight, PHRASE_CAP), theme: rule.theme });
  }
  let weight = 0;
  let theme: PauseTheme = 'general';
  let heaviest = 0;
  for (const sign of byPhrase.values()) {
    weight += sign.weight;
    if (sign.weight > heaviest) [heaviest, theme] = [sign.weight, sign.theme];
  }

  if (/\?{2,}/.test(read.text)) {
    weight += QUESTION_RUN;
    shown.push(MATCH_QUESTIONS);
  }
  const apologies = apologySigns(read);
  weight += apologies.weight;
  shown.push(...apologies.shown);
  if (options.quickSends > 0) {
    weight += QUICK_SENDS;
    // Asking the other person again, in a run of three or more.
    if (options.quickSends > 1 && read.text.includes('?') && YOU.test(read.text)) {
      weight += QUICK_QUESTION;
    }
    shown.push(MATCH_DOUBLE_TEXT);
    if (theme === 'general') theme = 'silence';
  }

  weight -= ordinaryWeight(read.text);
  const pause = own || weight >= THRESHOLDS[options.sensitivity] - 1e-9;
  return pause ? { pause, matched: shown, theme } : none;
}
