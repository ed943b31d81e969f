import { WEIGHT_SCALE, type PauseModel } from './modelTypes';

/**
 * A feature's weight in log-odds; 0 when the model does not list it. The model is trained by
 * scripts/train-pause-model.ts on the tune and train parts of tests/corpus (never the held-out
 * part) and shipped as data (model.json): nothing is downloaded. The background holds it
 * (shippedModel.ts) and hands it to each pause content script at start-up.
 */
export function weightOf(model: PauseModel | undefined, feature: string): number {
  return (model?.weights.get(feature) ?? 0) / WEIGHT_SCALE;
}
