// `npm run train:pause`: trains the pause's linear model (lib/pause/model.json) on the tune,
// train and first four held-out parts of tests/corpus, never `heldout-5`, and prints
// cross-validated figures.
//
// Logistic regression over every feature (features.ts) seen in training, by stochastic gradient
// descent with per-feature step sizes (AdaGrad) and L2. Hand-written because the data is a few
// thousand short messages and the loop is twenty lines; a library would add more than it saves.
// Deterministic: a seeded shuffle, so the same data gives the same model, byte for byte.
//
// Why every feature ships (not only the heaviest few hundred, as before): the model reaches the
// content script as data by message (entrypoints/pause.content/model.ts), so its size no longer
// counts against the content script's budget, and cutting it to the heaviest weights after
// training cost most of what it had learned (cross-validated recall at the default fell from
// about 0.89 to below 0.4 when cut to 4,000 weights: AdaGrad gives rare features large weights,
// and the many small common ones carry the generalisation).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { featuresOf } from '../lib/pause/features';
import { SIGN_PATTERNS } from '../lib/pause/patterns';
import { findSigns } from '../lib/pause/signs';
import { DEFAULT_PHRASES } from '../lib/pause/phrases';
import { languageOf, type Language } from '../lib/pause/language';
import { readText } from '../lib/pause/text';
import { WEIGHT_SCALE, featureHash, packModel, type PauseModel } from '../lib/pause/modelTypes';

interface Item {
  text: string;
  seeking: boolean;
  situation: string;
  quickSends?: number;
  file?: string;
}
const corpus = new URL('../tests/corpus/', import.meta.url);
/** Every part whose name starts with `prefix` ("en.tune", "es.train" takes es.train*.jsonl). */
const load = (prefix: string): Item[] =>
  readdirSync(corpus)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(new URL(name, corpus), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => ({ ...(JSON.parse(line) as Item), file: name })),
    );

/** L2 strength, per message; chosen by cross-validated recall at the default (see the doc). */
const LAMBDA = Number(process.env.LAMBDA ?? 0.2);
const EPOCHS = Number(process.env.EPOCHS ?? 60);
const RATE = Number(process.env.RATE ?? 0.3);
const SEEDS = Number(process.env.SEEDS ?? 4);
/** Where the runs' seeds start: another SEED0 shows how much the figures owe to the order. */
const SEED0 = Number(process.env.SEED0 ?? 0);
/**
 * Largest share of ordinary messages each sensitivity may hold in cross-validation. The
 * phrase list and the nudge rules hold some on their own; the threshold takes what is left.
 * The default's is the aim (0.05) less a margin: 0.035 held 0.00–0.03 of every held-out part
 * while leaving recall well short of its aim (docs/pause-detection.md, round 5).
 */
const FP_BUDGET = {
  gentle: Number(process.env.FP_GENTLE ?? 0.015),
  balanced: Number(process.env.FP_BALANCED ?? 0.045),
  watchful: Number(process.env.FP_WATCHFUL ?? 0.08),
};

interface Row {
  /** Feature ids. */
  f: number[];
  y: number;
  /** Paused whatever the model says: a phrase of the default list, or a nudge. */
  ruled: boolean;
  /** Two or more apologies (detect.ts adds a fixed amount for them). */
  apologies: boolean;
  /** The language the draft reads as (language.ts), whose threshold it meets. */
  language: Language;
  /** Work chat or work email: the aim holds false positives there too. */
  work: boolean;
  text: string;
  /** The part it comes from ("train-c", "tune"): cross-validation leaves one part out at a time. */
  part: string;
}
/**
 * Features are known by their hash (modelTypes.ts), here as on pages: two names with one hash
 * are one feature in training too, so what ships is exactly what was trained and measured.
 */
const hashes: number[] = [];
const ids = new Map<number, number>();
function idOf(name: string): number {
  const hash = featureHash(name);
  let id = ids.get(hash);
  if (id === undefined) {
    id = hashes.length;
    hashes.push(hash);
    ids.set(hash, id);
  }
  return id;
}
function rowOf(item: Item): Row {
  const read = readText(item.text);
  const signs = findSigns(read, DEFAULT_PHRASES, item.quickSends ?? 0);
  return {
    f: [...featuresOf(signs.kept, item.quickSends ?? 0, SIGN_PATTERNS)].map(idOf),
    y: item.seeking ? 1 : 0,
    ruled: signs.phrases.length > 0 || signs.nudge,
    apologies: signs.apologies > 1,
    language: languageOf(read.text, item.text),
    work: item.situation.startsWith('work'),
    text: item.text,
    part: (item.file ?? '').replace(/^(en|es)\./, '').replace(/\.jsonl$/, ''),
  };
}

interface Fit {
  w: Float64Array;
  bias: number;
}

/** A small deterministic generator (LCG), for the order of the messages in each epoch. */
function shuffler(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
}

/** One run of training, its messages shuffled by `seed`: the average weights of its second half. */
function trainOnce(rows: Row[], seed: number): Fit {
  const w = new Float64Array(hashes.length);
  const g2 = new Float64Array(hashes.length).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const order = rows.map((_, i) => i);
  const pick = shuffler(seed);
  const avg = new Float64Array(hashes.length);
  let avgB = 0;
  let avgN = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    if (epoch >= EPOCHS / 2) {
      for (let k = 0; k < w.length; k++) avg[k]! += w[k]!;
      avgB += bias;
      avgN++;
    }
    for (let i = order.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { f, y } = rows[index]!;
      let z = bias;
      for (const k of f) z += w[k]!;
      const err = 1 / (1 + Math.exp(-z)) - y;
      b2 += err * err;
      bias -= (RATE * err) / Math.sqrt(b2);
      for (const k of f) {
        const g = err + LAMBDA * w[k]!;
        g2[k]! += g * g;
        w[k]! -= (RATE * g) / Math.sqrt(g2[k]!);
      }
    }
  }
  // The average of the weights over the second half of training, not the last step's: steadier
  // on messages it has not seen.
  for (let k = 0; k < w.length; k++) w[k] = avg[k]! / avgN;
  return { w, bias: avgB / avgN };
}

/**
 * The average of SEEDS runs, each in its own order. One run's figures moved by ±0.02 with the
 * order the messages happened to come in (removing six messages moved held-out recall in the
 * other language by 0.03); averaging runs makes the model depend on the messages, not the order.
 */
function train(rows: Row[]): Fit {
  const w = new Float64Array(hashes.length);
  let bias = 0;
  for (let seed = SEED0 + 1; seed <= SEED0 + SEEDS; seed++) {
    const run = trainOnce(rows, seed);
    for (let k = 0; k < w.length; k++) w[k]! += run.w[k]! / SEEDS;
    bias += run.bias / SEEDS;
  }
  // Kept as whole numbers of 1/WEIGHT_SCALE, as they ship: the figures below are the shipped model's.
  for (let k = 0; k < w.length; k++) w[k] = Math.round(w[k]! * WEIGHT_SCALE) / WEIGHT_SCALE;
  return { w, bias: Math.round(bias * 100) / 100 };
}

const scoreOf = (fit: Fit, row: Row) =>
  row.f.reduce((s, k) => s + fit.w[k]!, fit.bias) + (row.apologies ? 1 : 0);

/**
 * The first four held-out parts are trained on since round 6: each had been read or used to
 * choose settings, so they no longer measured anything unseen, and as training they carry 1,700
 * messages from sittings the rest lacks (cross-validated recall at the default rose from 0.85 to
 * 0.90 in English). `heldout-5`, written blind, is the one part never read here.
 */
const HELD = ['heldout.', 'heldout-2', 'heldout-3', 'heldout-4'];
const items = (['en', 'es'] as const).flatMap((l) => [
  ...load(`${l}.tune`),
  ...load(`${l}.train`),
  ...HELD.flatMap((h) => load(`${l}.${h}`)),
]);
const rows = items.map(rowOf);

// Thresholds from cross-validation that leaves one part of the corpus out at a time (the parts
// of both languages with one name together: train-c, tune…): each message is scored by a model
// that saw none of the messages written with it, in the same sitting, from the same situations.
// Closer to a message Steady has never seen than 5 random folds, which put a message's
// near-siblings on both sides (`FOLDS=random` for those, as before).
const RANDOM = process.env.FOLDS === 'random';
const PARTS = [...new Set(rows.map((r) => r.part))].sort();
const foldOf = (row: Row, i: number) => (RANDOM ? i % 5 : PARTS.indexOf(row.part));
const cv: { s: number; row: Row }[] = [];
for (let k = 0; k < (RANDOM ? 5 : PARTS.length); k++) {
  const fit = train(rows.filter((r, i) => foldOf(r, i) !== k));
  rows.forEach((row, i) => foldOf(row, i) === k && cv.push({ s: scoreOf(fit, row), row }));
}
/**
 * The lowest threshold at which the whole decision (phrases and nudges, then the model) holds no
 * more of `language`'s ordinary messages in cross-validation than the budget allows, both of
 * all of them and of work chat alone (where a pause that fires on "just checking" is turned off).
 */
function thresholdFor(language: Language, budget: number): number {
  return Math.max(lowestWithin(language, budget, false), lowestWithin(language, budget, true));
}
function lowestWithin(language: Language, budget: number, work: boolean): number {
  const ordinary = cv.filter(
    (c) => c.row.y === 0 && c.row.language === language && (!work || c.row.work),
  );
  const byModel = ordinary
    .filter((c) => !c.row.ruled)
    .map((c) => c.s)
    .sort((a, b) => b - a);
  const allowed = Math.max(
    0,
    Math.floor(ordinary.length * budget) - (ordinary.length - byModel.length),
  );
  return Math.round(((byModel[allowed] ?? -10) + 0.01) * 100) / 100;
}

const fit = train(rows);
const kept = [...fit.w.keys()]
  .filter((k) => fit.w[k] !== 0)
  .sort((a, b) => hashes[a]! - hashes[b]!);
const zero = { gentle: 0, balanced: 0, watchful: 0 };
const model: PauseModel = {
  bias: fit.bias,
  hashes: Uint32Array.from(kept, (k) => hashes[k]!),
  weights: Int8Array.from(kept, (k) => Math.round(fit.w[k]! * WEIGHT_SCALE)),
  thresholds: { en: { ...zero }, es: { ...zero } },
  patterns: SIGN_PATTERNS,
};
for (const language of ['en', 'es'] as const) {
  for (const sens of ['gentle', 'balanced', 'watchful'] as const) {
    const t = (model.thresholds[language][sens] = thresholdFor(language, FP_BUDGET[sens]));
    const mine = cv.filter((c) => c.row.language === language);
    const seeking = mine.filter((c) => c.row.y === 1);
    const ordinary = mine.filter((c) => c.row.y === 0);
    const work = ordinary.filter((c) => c.row.work);
    const paused = (c: { s: number; row: Row }) => c.row.ruled || c.s >= t;
    const share = (part: typeof cv) => (part.filter(paused).length / part.length).toFixed(3);
    // `DUMP=en-balanced`: the training messages cross-validation misses or holds, to read.
    if (process.env.DUMP === `${language}-${sens}`) {
      for (const c of seeking.filter((c) => !paused(c)))
        console.log('  miss', c.row.part, c.row.text);
      for (const c of ordinary.filter(paused)) console.log('  held', c.row.part, c.row.text);
    }
    console.log(
      `cv ${language} ${sens}: threshold ${t}, recall ${share(seeking)}, fp ${share(ordinary)}, work fp ${share(work)}`,
    );
    // Recall on each part when it was the one left out: how well a new sitting's situations
    // are heard (the newest parts, train-e and train-f, were written from situations the
    // others had little of).
    if (sens === 'balanced') {
      const byPart = PARTS.map((p) => `${p} ${share(seeking.filter((c) => c.row.part === p))}`);
      console.log(`  left out, recall per part: ${byPart.join(', ')}`);
    }
  }
}
writeFileSync(
  new URL('../lib/pause/model.json', import.meta.url),
  `${JSON.stringify(packModel(model))}\n`,
);
console.log(`${items.length} messages, ${kept.length} weights written`);
