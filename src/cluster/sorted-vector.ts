/** A sparse vector with ids in ascending order (unit length for an article, a sum for a story). */
export interface SortedVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** Entries in use. */
  readonly length: number;
}

/** The weight of `id` in a sorted vector, or 0. */
export function weightOf(vector: SortedVector, id: number): number {
  let lo = 0;
  let hi = vector.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = vector.ids[mid]!;
    if (v < id) lo = mid + 1;
    else if (v > id) hi = mid - 1;
    else return vector.weights[mid]!;
  }
  return 0;
}

/**
 * Dot product of a sorted vector with the sorted run `[from, to)` of `ids` and `weights`, by one merge pass. The shared
 * terms are summed in ascending id order, as a pass over the run adding zero for every other term would sum them.
 */
export function dotRange(
  vector: SortedVector,
  ids: Int32Array,
  weights: Float64Array,
  from: number,
  to: number,
): number {
  if (vector.length === 0) return 0;
  let sum = 0;
  let j = 0;
  let next = vector.ids[0]!;
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    if (id < next) continue;
    while (next < id) {
      if (++j === vector.length) return sum;
      next = vector.ids[j]!;
    }
    if (next === id) sum += vector.weights[j]! * weights[i]!;
  }
  return sum;
}

/**
 * How many ids of the sorted run `[from, to)` of `ids` a sorted vector holds with a non-zero weight. The same merge
 * as dotRange, written out again rather than shared through a callback: both run for every candidate story.
 */
export function sharedRange(vector: SortedVector, ids: Int32Array, from: number, to: number): number {
  if (vector.length === 0) return 0;
  let count = 0;
  let j = 0;
  let next = vector.ids[0]!;
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    if (id < next) continue;
    while (next < id) {
      if (++j === vector.length) return count;
      next = vector.ids[j]!;
    }
    if (next === id && vector.weights[j]! !== 0) count += 1;
  }
  return count;
}

/** Builds a sorted vector from unsorted ids and weights (insertion sort: article vectors are short). */
export function toSortedVector(ids: readonly number[], weights: readonly number[]): SortedVector {
  const n = ids.length;
  const sortedIds = new Int32Array(n);
  const sortedWeights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    const weight = weights[i]!;
    let j = i;
    while (j > 0 && sortedIds[j - 1]! > id) {
      sortedIds[j] = sortedIds[j - 1]!;
      sortedWeights[j] = sortedWeights[j - 1]!;
      j--;
    }
    sortedIds[j] = id;
    sortedWeights[j] = weight;
  }
  return { ids: sortedIds, weights: sortedWeights, length: n };
}

/** Positions of a vector's `k` heaviest entries, heaviest first (ties: lower id first). */
export function heaviestPositions(vector: SortedVector, k: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < vector.length; i++) {
    const w = vector.weights[i]!;
    if (best.length === k && w <= vector.weights[best[k - 1]!]!) continue;
    let at = best.length;
    // Ids ascend with i, so an equal weight already in the list has the lower id and stays ahead.
    while (at > 0 && vector.weights[best[at - 1]!]! < w) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}
