import { weightIn, type PauseModel } from './modelTypes';

/**
 * A feature's weight in log-odds; 0 when the model does not list it, or there is no model yet.
 * The model is trained by scripts/train-pause-model.ts on the tune and train parts of
 * tests/corpus (never the held-out part) and shipped as data (model.json): nothing is
 * downloaded. The background holds it (shippedModel.ts) and hands it to each pause content
 * script at start-up (entrypoints/pause.content/pauseModel.ts).
 */
export function weightOf(model: PauseModel | undefined, feature: string): number {
  return model ? weightIn(model, feature) : 0;
}
