import type { SortedVector } from './sorted-vector.ts';

const EMPTY_IDS = new Int32Array(0);
const EMPTY_WEIGHTS = new Float64Array(0);

/** The sum of a story's member vectors for one field, kept sorted by id and pruned to its heaviest terms. */
export class Centroid implements SortedVector {
  ids: Int32Array = EMPTY_IDS;
  weights: Float64Array = EMPTY_WEIGHTS;
  length = 0;
  squaredNorm = 0;

  /** Adds a sorted vector; returns the ids that were not in the centroid before. */
  add(vector: SortedVector, maxTerms: number, collectFresh: boolean): number[] {
    const fresh: number[] = [];
    const size = this.length + vector.length;
    const ids = new Int32Array(size);
    const weights = new Float64Array(size);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < this.length || j < vector.length) {
      const a = i < this.length ? this.ids[i]! : Number.POSITIVE_INFINITY;
      const b = j < vector.length ? vector.ids[j]! : Number.POSITIVE_INFINITY;
      if (a === b) {
        ids[n] = a;
        weights[n++] = this.weights[i++]! + vector.weights[j++]!;
      } else if (a < b) {
        ids[n] = a;
        weights[n++] = this.weights[i++]!;
      } else {
        if (collectFresh) fresh.push(b);
        ids[n] = b;
        weights[n++] = vector.weights[j++]!;
      }
    }
    this.ids = ids;
    this.weights = weights;
    this.length = n;
    if (n > 2 * maxTerms) this.prune(maxTerms);
    let norm = 0;
    for (let k = 0; k < this.length; k++) norm += this.weights[k]! * this.weights[k]!;
    this.squaredNorm = norm;
    return fresh;
  }

  /** Keeps the `maxTerms` heaviest terms (in id order). */
  private prune(maxTerms: number): void {
    const order = Array.from({ length: this.length }, (_, k) => k)
      .sort((a, b) => this.weights[b]! - this.weights[a]! || this.ids[a]! - this.ids[b]!)
      .slice(0, maxTerms)
      .sort((a, b) => this.ids[a]! - this.ids[b]!);
    this.ids = Int32Array.from(order, (k) => this.ids[k]!);
    this.weights = Float64Array.from(order, (k) => this.weights[k]!);
    this.length = order.length;
  }
}
