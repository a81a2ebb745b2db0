import type { ProfileWeights } from './cluster-model.ts';
import type { ScoredCandidate } from './cluster-engine.ts';

/** A candidate with its ranking score. */
export interface RankedCandidate extends ScoredCandidate {
  readonly score: number;
}

/** w · x over the first w.length entries. */
export function linearScore(weights: readonly number[], features: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]! * features[i]!;
  return sum;
}

/** Candidates ordered by the learned ranking score, best first (ties: lower story id first). */
export function rankCandidates(
  candidates: readonly ScoredCandidate[],
  weights: ProfileWeights,
): RankedCandidate[] {
  return candidates
    .map((c) => ({ story: c.story, features: c.features, score: linearScore(weights.rank, c.features) }))
    .sort((a, b) => b.score - a.score || a.story.id - b.story.id);
}

/** A candidate's features and ranking score: all the join-or-new decision reads. */
export interface ScoredFeatures {
  readonly features: Float64Array;
  readonly score: number;
}

/** The inputs of the join-or-new decision for a candidate: its features and its ranking score. */
export function mergeFeatures(chosen: ScoredFeatures): Float64Array {
  const n = chosen.features.length;
  const out = new Float64Array(n + 1);
  out.set(chosen.features);
  out[n] = chosen.score;
  return out;
}

/** Probability that the article belongs to `chosen` (logistic join-or-new decision). */
export function joinProbability(chosen: ScoredFeatures, weights: ProfileWeights): number {
  const z = linearScore(weights.merge.weights, mergeFeatures(chosen)) + weights.merge.bias;
  return 1 / (1 + Math.exp(-z));
}
