/**
 * Weights are kept as whole numbers of 1/WEIGHT_SCALE log-odds: steps of 0.05, fewer bytes than
 * decimals, and finer steps changed no cross-validated figure.
 */
export const WEIGHT_SCALE = 20;

export interface PauseModel {
  bias: number;
  /** Feature name (features.ts) → weight in 1/WEIGHT_SCALE log-odds; unlisted features weigh 0. */
  weights: Map<string, number>;
  /**
   * Log-odds a draft needs to pause, per language the draft reads as (language.ts) and per
   * sensitivity: chosen at training by cross-validation, never on the held-out part.
   */
  thresholds: Record<'en' | 'es', { gentle: number; balanced: number; watchful: number }>;
}

/**
 * The model as shipped in model.json and as the background hands it to a content script: features
 * grouped by weight, '|'-separated, so each weight is written once, and a message carries a few
 * hundred strings rather than tens of thousands of keys.
 */
export interface ShippedModel {
  bias: number;
  byWeight: Record<string, string>;
  thresholds: PauseModel['thresholds'];
}

/** The shipped form of a model, in a fixed order (the training is deterministic, so is this). */
export function packModel(model: PauseModel): ShippedModel {
  const groups = new Map<number, string[]>();
  for (const [feature, weight] of model.weights) {
    if (feature.includes('|')) throw new Error(`feature names cannot hold '|': ${feature}`);
    groups.set(weight, [...(groups.get(weight) ?? []), feature]);
  }
  const byWeight: Record<string, string> = {};
  for (const weight of [...groups.keys()].sort((a, b) => a - b)) {
    byWeight[String(weight)] = groups.get(weight)!.sort().join('|');
  }
  return { bias: model.bias, thresholds: model.thresholds, byWeight };
}

export function unpackModel(shipped: ShippedModel): PauseModel {
  const weights = new Map<string, number>();
  for (const [weight, features] of Object.entries(shipped.byWeight)) {
    for (const feature of features.split('|')) weights.set(feature, Number(weight));
  }
  return { bias: shipped.bias, weights, thresholds: shipped.thresholds };
}
