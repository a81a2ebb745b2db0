import type { FeatureTable } from './feature-table.ts';
import { minimizeAdam } from './minimize-adam.ts';

/** One ranking query: consecutive rows of a table, one of which (the gold story) should score highest. */
export interface RankingGroup {
  readonly first: number;
  readonly count: number;
  readonly gold: number;
  readonly weight: number;
}

/**
 * Learns linear ranking weights with a listwise softmax loss (the gold story against every other candidate)
 * plus L2, on standardised features; returns weights for the raw features.
 */
export function fitRanker(
  table: FeatureTable,
  groups: readonly RankingGroup[],
  l2 = 1e-3,
  nonNegative: readonly number[] = [],
): number[] {
  const stats = table.columnStats();
  const x = table.standardized(stats);
  const width = table.width;
  const scores = new Float64Array(groups.reduce((most, g) => Math.max(most, g.count), 1));
  const totalWeight = groups.reduce((sum, g) => sum + g.weight, 0) || 1;
  const weights = minimizeAdam(
    width,
    (w, gradient) => {
      let loss = 0;
      for (const group of groups) {
        let max = Number.NEGATIVE_INFINITY;
        for (let c = 0; c < group.count; c++) {
          const base = (group.first + c) * width;
          let s = 0;
          for (let i = 0; i < width; i++) s += w[i]! * x[base + i]!;
          scores[c] = s;
          if (s > max) max = s;
        }
        let z = 0;
        for (let c = 0; c < group.count; c++) z += Math.exp(scores[c]! - max);
        const scale = group.weight / totalWeight;
        loss += scale * (max + Math.log(z) - scores[group.gold]!);
        for (let c = 0; c < group.count; c++) {
          const g = scale * (Math.exp(scores[c]! - max) / z - (c === group.gold ? 1 : 0));
          const base = (group.first + c) * width;
          for (let i = 0; i < width; i++) gradient[i]! += g * x[base + i]!;
        }
      }
      for (let i = 0; i < width; i++) gradient[i]! += l2 * w[i]!;
      return loss;
    },
    { nonNegative },
  );
  // Shifting every candidate's features by the mean changes no ranking, so only the scale is undone.
  return Array.from(weights, (w, i) => w / stats.std[i]!);
}
