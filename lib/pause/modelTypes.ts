export interface PauseModel {
  bias: number;
  /** Feature name (features.ts) → weight in tenths of log-odds; features not listed weigh 0. */
  weights: Record<string, number>;
  /** Log-odds a draft needs to pause, per sensitivity (chosen at training, see the script). */
  thresholds: { gentle: number; balanced: number; watchful: number };
}
