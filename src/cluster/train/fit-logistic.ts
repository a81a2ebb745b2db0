import type { FeatureTable } from './feature-table.ts';
import { minimizeAdam } from './minimize-adam.ts';

/**
 * Learns a logistic regression (weights and bias) with L2 on standardised features; returns them for the raw
 * features. `labels[r]` is 1 or 0 for row r, `sampleWeights[r]` its weight.
 */
export function fitLogistic(
  table: FeatureTable,
  labels: readonly number[],
  sampleWeights: readonly number[],
  l2 = 1e-3,
  nonNegative: readonly number[] = [],
): { weights: number[]; bias: number } {
  const stats = table.columnStats();
  const x = table.standardized(stats);
  const width = table.width;
  const total = sampleWeights.reduce((a, b) => a + b, 0) || 1;
  const point = minimizeAdam(
    width + 1,
    (w, gradient) => {
      let loss = 0;
      for (let r = 0; r < table.rows; r++) {
        const base = r * width;
        let z = w[width]!;
        for (let i = 0; i < width; i++) z += w[i]! * x[base + i]!;
        const p = 1 / (1 + Math.exp(-z));
        const y = labels[r]!;
        const weight = sampleWeights[r]! / total;
        loss -= weight * (y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12));
        const g = weight * (p - y);
        for (let i = 0; i < width; i++) gradient[i]! += g * x[base + i]!;
        gradient[width]! += g;
      }
      for (let i = 0; i < width; i++) gradient[i]! += l2 * w[i]!;
      return loss;
    },
    { nonNegative },
  );
  const weights = Array.from(point.subarray(0, width), (w, i) => w / stats.std[i]!);
  let bias = point[width]!;
  for (let i = 0; i < width; i++) bias -= (point[i]! * stats.mean[i]!) / stats.std[i]!;
  return { weights, bias };
}
