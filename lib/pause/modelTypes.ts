/**
 * Weights are kept as whole numbers of 1/WEIGHT_SCALE log-odds: steps of 0.05, one signed byte
 * each, and finer steps changed no cross-validated figure.
 */
export const WEIGHT_SCALE = 20;

/**
 * The pause's linear model as detect() reads it. Features are known by a 32-bit hash of their
 * name (featureHash), sorted, so a page looks a weight up by binary search in typed arrays: no
 * table of tens of thousands of strings to build when the page starts, and a few hundred kB of
 * memory rather than megabytes. Training uses the same hashes (scripts/train-pause-model.ts),
 * so the shipped model is exactly the trained one.
 */
export interface PauseModel {
  bias: number;
  /** Feature hashes, ascending. */
  hashes: Uint32Array;
  /** weights[i] is the weight of hashes[i], in 1/WEIGHT_SCALE log-odds. */
  weights: Int8Array;
  /**
   * Log-odds a draft needs to pause, per language the draft reads as (language.ts) and per
   * sensitivity: chosen at training by cross-validation, never on the held-out part.
   */
  thresholds: Record<'en' | 'es', { gentle: number; balanced: number; watchful: number }>;
  /**
   * The signs the model reads by pattern (patterns.ts), by feature name: part of the model, so
   * they reach a page with it rather than in the content script's bundle.
   */
  patterns?: readonly (readonly [string, RegExp])[];
}

/**
 * The model as shipped in model.json and as the background hands it to a content script: one
 * base64 string (each hash as 4 bytes, little-endian, then each weight as a signed byte), which
 * a message carries and a page decodes in a millisecond or two.
 */
export interface ShippedModel {
  bias: number;
  thresholds: PauseModel['thresholds'];
  count: number;
  table: string;
  /** Each sign as [feature name, pattern source] (flag u); JSON has no pairs, so string[]. */
  patterns?: string[][];
}

/** FNV-1a, 32 bits, over UTF-16 code units: small, fast, and the same in training and on pages. */
export function featureHash(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A feature's weight in log-odds; 0 when the model does not list it. */
export function weightIn(model: PauseModel, feature: string): number {
  const hash = featureHash(feature);
  const { hashes } = model;
  let low = 0;
  let high = hashes.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = hashes[mid]!;
    if (at === hash) return model.weights[mid]! / WEIGHT_SCALE;
    if (at < hash) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/** The shipped form of a model (hashes already ascending, as PauseModel requires). */
export function packModel(model: PauseModel): ShippedModel {
  const count = model.hashes.length;
  const bytes = new Uint8Array(count * 5);
  for (let i = 0; i < count; i++) {
    const hash = model.hashes[i]!;
    if (i && hash <= model.hashes[i - 1]!) throw new Error('hashes must ascend, each once');
    for (let b = 0; b < 4; b++) bytes[i * 4 + b] = (hash >>> (8 * b)) & 0xff;
    bytes[count * 4 + i] = model.weights[i]! & 0xff;
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const patterns = model.patterns?.map(([name, pattern]): [string, string] => [
    name,
    pattern.source,
  ]);
  return { bias: model.bias, thresholds: model.thresholds, count, table: btoa(binary), patterns };
}

export function unpackModel(shipped: ShippedModel): PauseModel {
  const binary = atob(shipped.table);
  const { count } = shipped;
  if (binary.length !== count * 5) throw new Error('the model is not whole');
  const hashes = new Uint32Array(count);
  const weights = new Int8Array(count);
  for (let i = 0; i < count; i++) {
    const at = i * 4;
    hashes[i] =
      (binary.charCodeAt(at) |
        (binary.charCodeAt(at + 1) << 8) |
        (binary.charCodeAt(at + 2) << 16) |
        (binary.charCodeAt(at + 3) << 24)) >>>
      0;
    weights[i] = (binary.charCodeAt(count * 4 + i) << 24) >> 24;
  }
  const patterns = shipped.patterns?.map(
    ([name = '', source = '']) => [name, new RegExp(source, 'u')] as const,
  );
  return { bias: shipped.bias, hashes, weights, thresholds: shipped.thresholds, patterns };
}
