/** A sparse vector with ids in ascending order (unit length for an article, a sum for a story). */
export interface SortedVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** Entries in use (a story's arrays keep spare room). */
  readonly length: number;
}

/**
 * Dot product of two sorted sparse vectors: a merge when their sizes are alike, binary search of the short one's
 * ids in the long one otherwise. Typed arrays and sequential reads cost a fraction of hash-map lookups.
 */
export function dotSorted(a: SortedVector, b: SortedVector): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  let sum = 0;
  if (long.length > 8 * short.length) {
    let lo = 0;
    for (let i = 0; i < short.length; i++) {
      const id = short.ids[i]!;
      let hi = long.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = long.ids[mid]!;
        if (v < id) lo = mid + 1;
        else if (v > id) hi = mid - 1;
        else {
          sum += short.weights[i]! * long.weights[mid]!;
          lo = mid + 1;
          break;
        }
      }
    }
    return sum;
  }
  let i = 0;
  let j = 0;
  while (i < short.length && j < long.length) {
    const x = short.ids[i]!;
    const y = long.ids[j]!;
    if (x === y) {
      sum += short.weights[i++]! * long.weights[j++]!;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
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

/** Builds a sorted vector from unsorted ids and weights. */
export function toSortedVector(ids: readonly number[], weights: readonly number[]): SortedVector {
  const order = ids.map((_, i) => i).sort((a, b) => ids[a]! - ids[b]!);
  return {
    ids: Int32Array.from(order, (i) => ids[i]!),
    weights: Float64Array.from(order, (i) => weights[i]!),
    length: ids.length,
  };
}
