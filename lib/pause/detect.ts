import { APOLOGIES } from './phrases';
import { normalise } from './normalise';
import type { Sensitivity } from './settings';

/** Names of the rules that are not phrases, as stored in an unsent entry's `matched`. */
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
  /** What matched, in the order found: phrases as listed, '??', 'sorry ×2', 'double text'. */
  matched: string[];
  /** What the worry seems to be about; 'general' when nothing says. */
  theme: PauseTheme;
}

export interface DetectOptions {
  /** The phrase list in effect (defaults and the user's edits). */
  phrases: readonly string[];
  sensitivity: Sensitivity;
  /** Messages already sent in this conversation in a quick run just before this one. */
  quickSends: number;
}

/** How much of each sign it takes to pause, per sensitivity. Phrases always count. */
export const THRESHOLDS: Record<
  Sensitivity,
  { questionMarks: number; apologies: number; quickSends: number }
> = {
  gentle: { questionMarks: 3, apologies: 3, quickSends: 3 },
  balanced: { questionMarks: 2, apologies: 2, quickSends: 2 },
  watchful: { questionMarks: 2, apologies: 1, quickSends: 1 },
};

const WORD = '[\\p{L}\\p{N}]';

/** A regular expression that finds a phrase as whole words in normalised text. */
function wholeWords(phrase: string): RegExp {
  const escaped = normalise(phrase)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+');
  return new RegExp(`(?<!${WORD})${escaped}(?!${WORD})`, 'gu');
}

function countMatches(text: string, phrase: string): number {
  return normalise(phrase) ? (text.match(wholeWords(phrase)) ?? []).length : 0;
}

/** The longest run of question marks (?, ？ and the Spanish closing ? alike). */
function longestQuestionRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/[?？]+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Decides, locally and explainably, whether a draft looks like reassurance seeking.
 * Pure: the same draft and options always give the same verdict.
 */
export function detect(draft: string, options: DetectOptions): Verdict {
  const text = normalise(draft);
  if (!text) return { pause: false, matched: [], theme: 'general' };
  const limits = THRESHOLDS[options.sensitivity];
  const matched: string[] = [];

  for (const phrase of options.phrases) {
    if (countMatches(text, phrase) > 0 && !matched.includes(phrase)) matched.push(phrase);
  }
  // A phrase inside a longer listed phrase ("did I do something" in "did I do something wrong")
  // adds nothing to show: keep the longest.
  const shown = matched.filter(
    (p) => !matched.some((q) => q !== p && normalise(q).includes(normalise(p))),
  );

  if (longestQuestionRun(draft) >= limits.questionMarks) shown.push(MATCH_QUESTIONS);

  let apologies = 0;
  let firstApology = '';
  for (const word of APOLOGIES) {
    const n = countMatches(text, word);
    if (n && !firstApology) firstApology = word;
    apologies += n;
  }
  if (apologies >= limits.apologies) {
    shown.push(apologies > 1 ? `${firstApology} ×${apologies}` : firstApology);
  }

  if (options.quickSends >= limits.quickSends) shown.push(MATCH_DOUBLE_TEXT);
  return { pause: shown.length > 0, matched: shown, theme: 'general' };
}
