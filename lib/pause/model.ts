import shipped from './model.json';
import { unpackModel } from './modelTypes';

/**
 * The linear model's weights, trained by scripts/train-pause-model.ts on the tune and train
 * parts of tests/corpus (never the held-out part) and shipped as data: nothing is downloaded.
 */
export const MODEL = unpackModel(shipped);

/** A feature's weight in log-odds (the file keeps tenths as whole numbers); 0 when unlisted. */
export function weightOf(feature: string): number {
  return (MODEL.weights[feature] ?? 0) / 10;
}
