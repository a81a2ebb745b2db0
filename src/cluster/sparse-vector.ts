/** A sparse vector keyed by term. */
export type SparseVector = Map<string, number>;

/** Dot product of two sparse vectors, iterating the smaller one. */
export function dotProduct(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** Euclidean length of a sparse vector. */
export function vectorNorm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Adds `scale × source` into `target` in place (used only on a clusterer's own private centroids). */
export function addScaled(target: SparseVector, source: ReadonlyMap<string, number>, scale = 1): void {
  for (const [term, weight] of source) target.set(term, (target.get(term) ?? 0) + scale * weight);
}
