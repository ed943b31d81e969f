// How the pause reads messages: recall on reassurance seeking and false positives on ordinary
// messages (all of them, and work chat alone), per language and sensitivity, on the held-out
// part of tests/corpus, heldout-5 (written blind, never trained on or read while tuning; the
// first four held-out parts are trained on since round 6). Also the time one decision takes.
// The corpus scorer is TypeScript; jiti runs it here as it does for `npm run train:pause`.
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);

export async function measureDetection() {
  const { loadCorpus, score, MODEL } = await jiti.import('../tests/corpus/score.ts');
  const { detect } = await jiti.import('../lib/pause/detect.ts');
  const { DEFAULT_PHRASES } = await jiti.import('../lib/pause/phrases.ts');
  const rows = [];
  for (const part of ['heldout-5']) {
    for (const language of ['en', 'es']) {
      const items = loadCorpus(language, part);
      for (const sensitivity of ['gentle', 'balanced', 'watchful']) {
        const s = score(items, sensitivity);
        rows.push({ part, language, sensitivity, ...s, messages: items.length });
      }
    }
  }
  // The cost of one decision, as on Enter: median over every held-out message, many times.
  const texts = ['heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5'].flatMap((part) =>
    ['en', 'es'].flatMap((language) => loadCorpus(language, part)),
  );
  const times = [];
  for (let round = 0; round < 20; round++) {
    for (const item of texts) {
      const start = performance.now();
      detect(item.text, {
        phrases: DEFAULT_PHRASES,
        sensitivity: 'balanced',
        quickSends: 0,
        model: MODEL,
      });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  // What a page pays once at start-up to unpack the model the background hands it.
  const { SHIPPED_MODEL } = await jiti.import('../lib/pause/shippedModel.ts');
  const { unpackModel } = await jiti.import('../lib/pause/modelTypes.ts');
  const unpacks = [];
  for (let round = 0; round < 10; round++) {
    const start = performance.now();
    unpackModel(structuredClone(SHIPPED_MODEL));
    unpacks.push(performance.now() - start);
  }
  unpacks.sort((a, b) => a - b);
  const missed = rows
    .filter((r) => r.sensitivity === 'balanced')
    .map((r) => ({ part: r.part, language: r.language, missed: r.missed, held: r.held }));
  return {
    rows,
    decideMs: times[Math.floor(times.length / 2)],
    decideP99Ms: times[Math.floor(times.length * 0.99)],
    unpackModelMs: unpacks[Math.floor(unpacks.length / 2)],
    missed,
  };
}
