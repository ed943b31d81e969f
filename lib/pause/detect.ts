import { featuresOf } from './features';
import { languageOf } from './language';
import { weightOf } from './model';
import type { PauseModel } from './modelTypes';
import { MAX_PHRASE_LENGTH, type Sensitivity } from './settings';
import { findSigns } from './signs';
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
  /**
   * The model that weighs the draft (model.ts), once the content script has it from the
   * background. Without it Steady fails open: only the phrase list, nudges ("hello?"), and at
   * watchful a quick run of sends, pause; everything else is sent as if Steady were not there.
   */
  model?: PauseModel;
}

const NONE: Verdict = { pause: false, matched: [], theme: 'general' };
/**
 * A quick run of sends adds at most this much to the model's score: at "gentle" and "balanced"
 * it tips a message that already leans towards worry, it never pauses "ok see you at 8" alone.
 */
const QUICK_MAX = 0.6;
/** Two or more apologies in one message add this much: "sorry sorry, I know". */
const APOLOGIES_BONUS = 1;
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

const WORD = /[\p{L}\p{N}]+/gu;
/** The longest run of words shown as "what weighed". */
const SPAN_WORDS = 6;
/** Words that carry weight but say nothing alone: a run shown never starts or ends on one. */
const GLUE = new Set(
  'i you u me my your we us it the a an to of and but or so just that is are am was do did have not dont im youre te me mi tu yo el la lo que de y a en no se es'.split(
    ' ',
  ),
);

/**
 * The words that weighed most towards pausing, as the person typed them: the clause (between
 * punctuation) whose words and word pairs weigh most, or, in a long clause, its heaviest run of
 * up to SPAN_WORDS words. Truthful by construction: these words moved the score.
 */
function heaviestWords(model: PauseModel | undefined, read: ReadText, kept: string): string[] {
  const weight = (feature: string) => weightOf(model, feature);
  const words = [...kept.matchAll(WORD)];
  const own = words.map((m, i) => {
    const word = m[0];
    let w = weight(`w:${word}`) + (word.length > 5 ? weight(`p:${word.slice(0, 5)}`) : 0);
    if (i > 0) w += weight(`b:${words[i - 1]![0]} ${word}`) / 2;
    if (i + 1 < words.length) w += weight(`b:${word} ${words[i + 1]![0]}`) / 2;
    return w;
  });
  // Clauses: runs of words with no . ? ! , ; … or line break between them.
  const clauses: [number, number][] = [];
  words.forEach((m, i) => {
    const gap = i ? kept.slice(words[i - 1]!.index! + words[i - 1]![0].length, m.index) : '';
    if (!i || /[.?!,;…\n]/.test(gap)) clauses.push([i, i]);
    else clauses[clauses.length - 1]![1] = i;
  });
  let best: [number, number, number] = [0, -1, -1];
  for (const [first, last] of clauses) {
    for (let from = first; from <= last; from++) {
      let sum = 0;
      for (let to = from; to <= Math.min(last, from + SPAN_WORDS - 1); to++) {
        sum += own[to]!;
        // A whole short clause reads best; inside a long one, a run must start and end on a word
        // that says something.
        const whole = from === first && to === last;
        const edges = [words[from]![0], words[to]![0]];
        if (!whole && edges.some((w) => GLUE.has(w))) continue;
        if (sum > best[0] + (whole ? -0.3 : 0)) best = [sum, from, to];
      }
    }
  }
  // Only words that moved the score towards pausing are named (none when there is no model).
  if (best[1] < 0 || best[0] <= 0) return [];
  const start = words[best[1]]!.index!;
  const last = words[best[2]]!;
  return [wordsAt(read, start, last.index! + last[0].length)];
}

/**
 * When no run of words weighed towards pausing on its own (the shape of "vale." did), the words
 * matched by the sign of shape that weighed most, as the person typed them.
 */
function signWords(
  model: PauseModel | undefined,
  read: ReadText,
  kept: string,
  features: Set<string>,
): string[] {
  let best = 0;
  let named: string[] = [];
  for (const [name, pattern] of model?.patterns ?? []) {
    const weight = features.has(name) ? weightOf(model, name) : 0;
    const match = weight > best ? pattern.exec(kept) : null;
    if (!match) continue;
    // The pattern may take the punctuation before a clause: only its words are named.
    const words = [...match[0].matchAll(WORD)];
    if (!words.length) {
      // An emoji (🙃): named as it stands.
      named = [wordsAt(read, match.index, match.index + match[0].length)];
    } else {
      const from = match.index + words[0]!.index!;
      const last = words[words.length - 1]!;
      named = [wordsAt(read, from, match.index + last.index! + last[0].length)];
    }
    best = weight;
  }
  return named.filter(Boolean);
}

/** The worry whose kinds of word weigh most in this draft. */
function themeOf(model: PauseModel | undefined, features: Set<string>): PauseTheme {
  const weight: Partial<Record<PauseTheme, number>> = {};
  for (const feature of features) {
    const kind = /^k:(?:you\+|me\+)?(\w+)$/.exec(feature)?.[1];
    const theme = kind && THEME_OF_KIND[kind];
    // Before the model arrives, each kind of word counts once: a phrase still gets its theme.
    if (theme) weight[theme] = (weight[theme] ?? 0) + (model ? weightOf(model, feature) : 1);
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
  const { model, sensitivity, quickSends } = options;
  const features = featuresOf(signs.kept, quickSends, model?.patterns);
  let quick = 0;
  let score = model?.bias ?? 0;
  for (const feature of features) {
    const weight = weightOf(model, feature);
    if (feature.startsWith('s:quick')) quick += weight;
    else score += weight;
  }
  score += Math.min(quick, QUICK_MAX);
  if (signs.apologies > 1) score += APOLOGIES_BONUS;
  const pause =
    signs.phrases.length > 0 ||
    (model !== undefined && score >= model.thresholds[languageOf(read.text, draft)][sensitivity]) ||
    // "hello?" to someone silent pauses, except at gentle where it needs sends before it.
    (signs.nudge && (quickSends > 0 || sensitivity !== 'gentle')) ||
    (sensitivity === 'watchful' && quickSends >= WATCHFUL_QUICK_SENDS);
  if (!pause) return NONE;
  let words = signs.phrases;
  if (!words.length)
    words = signs.nudge ? [draft.trim().slice(0, 40)] : heaviestWords(model, read, signs.kept);
  if (!words.length) words = signWords(model, read, signs.kept, features);
  // Nothing weighed alone: the whole short draft did ("increíble." — one clipped word and a
  // full stop), so the draft itself, as typed, is what is named; never an empty reason.
  if (!words.length && !signs.others.length) words = [draft.trim().slice(0, 40)];
  // A word already named as an apology ("sorry") is not named twice.
  words = words.filter((w) => !signs.others.some((o) => o.toLowerCase().includes(w.toLowerCase())));
  // Stored with the entry if the person saves it: each item within what the journal keeps.
  const matched = [...words, ...signs.others].map((item) => item.slice(0, MAX_PHRASE_LENGTH));
  return { pause, matched, theme: themeOf(model, features) };
}
