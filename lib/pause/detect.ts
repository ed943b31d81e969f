import { featuresOf } from './features';
import { MODEL } from './model';
import { normalise } from './normalise';
import type { Sensitivity } from './settings';
import { findSigns, phrasePattern } from './signs';
import { readText, wordsAt, type ReadText } from './text';

export { MATCH_DOUBLE_TEXT, MATCH_QUESTIONS } from './signs';

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

const NONE: Verdict = { pause: false, matched: [], theme: 'general' };
/**
 * A quick run of sends adds at most this much to the model's score: at "gentle" and "balanced"
 * it tips a message that already leans towards worry, it never pauses "ok see you at 8" alone.
 */
const QUICK_MAX = 1;
/** At "watchful", this many quick sends before a message pause on their own. */
const WATCHFUL_QUICK_SENDS = 2;

/** Which kinds of word (features.ts) point to which worry. */
const THEME_OF_KIND: Record<string, PauseTheme> = {
  reply: 'silence',
  ignore: 'silence',
  anger: 'upset',
  self: 'upset',
  love: 'rejection',
  leave: 'rejection',
};

/** The words that weighed most towards pausing, as the person typed them. */
function heaviestWords(read: ReadText, features: Set<string>, count: number): string[] {
  const out: string[] = [];
  const candidates = [...features]
    .filter((f) => (f.startsWith('w:') || f.startsWith('b:')) && (MODEL.weights[f] ?? 0) > 0.25)
    .sort((a, b) => MODEL.weights[b]! - MODEL.weights[a]!);
  for (const feature of candidates) {
    const found = read.text.match(phrasePattern(feature.slice(2)));
    const typed = found ? wordsAt(read, found.index!, found.index! + found[0].length) : '';
    const key = normalise(typed);
    if (!typed || out.some((o) => normalise(o).includes(key) || key.includes(normalise(o)))) {
      continue;
    }
    out.push(typed);
    if (out.length >= count) break;
  }
  return out;
}

/** The worry whose kinds of word weigh most in this draft. */
function themeOf(features: Set<string>): PauseTheme {
  const weight: Partial<Record<PauseTheme, number>> = {};
  for (const feature of features) {
    const kind = /^k:(?:you\+|me\+)?(\w+)$/.exec(feature)?.[1];
    const theme = kind && THEME_OF_KIND[kind];
    if (theme) weight[theme] = (weight[theme] ?? 0) + (MODEL.weights[feature] ?? 0);
  }
  let best: PauseTheme = 'general';
  for (const [theme, w] of Object.entries(weight) as [PauseTheme, number][]) {
    if (w > 0 && w > (weight[best] ?? 0)) best = theme;
  }
  return best;
}

/**
 * Decides, on the device and explainably, whether a draft looks like reassurance seeking.
 * A phrase of the person's list always pauses. Otherwise a small linear model (model.ts, trained
 * on tests/corpus) weighs the draft's words, word pairs, kinds of word and shape, so that a worry
 * worded in a way no list holds is still heard, and "just checking: is the meeting at 3?" is
 * not. What it names is what weighed: the person's own words, '??', apologies, 'double text'.
 * Pure: the same draft and options always give the same verdict.
 */
export function detect(draft: string, options: DetectOptions): Verdict {
  const read = readText(draft);
  if (!read.text) return NONE;
  const signs = findSigns(read, options.phrases, options.quickSends);
  const features = featuresOf(signs.kept, options.quickSends);
  let quick = 0;
  let score = MODEL.bias;
  for (const feature of features) {
    const weight = MODEL.weights[feature] ?? 0;
    if (feature.startsWith('s:quick')) quick += weight;
    else score += weight;
  }
  score += Math.min(quick, QUICK_MAX);
  const pause =
    signs.phrases.length > 0 ||
    score >= MODEL.thresholds[options.sensitivity] ||
    (options.sensitivity === 'watchful' && options.quickSends >= WATCHFUL_QUICK_SENDS);
  if (!pause) return NONE;
  const words = signs.phrases.length ? signs.phrases : heaviestWords(read, features, 2);
  return { pause, matched: [...words, ...signs.others], theme: themeOf(features) };
}
