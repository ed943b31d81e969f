export interface PauseModel {
  bias: number;
  /** Feature name (features.ts) → weight in tenths of log-odds; features not listed weigh 0. */
  weights: Record<string, number>;
  /** Log-odds a draft needs to pause, per sensitivity (chosen at training, see the script). */
  thresholds: { gentle: number; balanced: number; watchful: number };
}

/**
 * The model as shipped in model.json: features grouped by weight, '|'-separated, so each
 * weight is written once (the content script is small: this saves about 240 bytes gzip).
 */
export interface ShippedModel {
  bias: number;
  byWeight: Record<string, string>;
  thresholds: PauseModel['thresholds'];
}

/** The shipped form of a model, in a fixed order (the training is deterministic, so is this). */
export function packModel(model: PauseModel): ShippedModel {
  const groups = new Map<number, string[]>();
  for (const [feature, weight] of Object.entries(model.weights)) {
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
  const weights: Record<string, number> = {};
  for (const [weight, features] of Object.entries(shipped.byWeight)) {
    for (const feature of features.split('|')) weights[feature] = Number(weight);
  }
  return { bias: shipped.bias, weights, thresholds: shipped.thresholds };
}
