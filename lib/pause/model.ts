import type { PauseModel } from './modelTypes';
import weights from './model.json';

/**
 * The linear model's weights, trained by scripts/train-pause-model.ts on the tune and train
 * parts of tests/corpus (never the held-out part) and shipped as data: nothing is downloaded.
 */
export const MODEL = weights as PauseModel;
