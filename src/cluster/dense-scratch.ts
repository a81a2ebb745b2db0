import { FIELD_PARTS, TERM_KINDS } from './document-vectors.ts';
import type { SortedVector } from './sorted-vector.ts';

const PARTS = FIELD_PARTS.length;
const ALL = FIELD_PARTS.indexOf('all');

/**
 * An article's sub-vectors laid out for fast dot products with story centroids: per kind of term, a flat array
 * from term id to the term's position in the article (0 when absent) and, per part, the article's weights by
 * position. A dot product is then one branch-free pass over the centroid, and all three parts of a kind share one
 * lookup array (small enough to stay in cache).
 */
export class DenseScratch {
  private readonly positions: Int32Array[];
  private readonly weights: Float64Array[][];

  constructor() {
    this.positions = TERM_KINDS.map(() => new Int32Array(1024));
    this.weights = TERM_KINDS.map(() => FIELD_PARTS.map(() => new Float64Array(64)));
  }

  /** Writes the article's vectors in (indexed kind × parts + part); call clear with the same vectors when done. */
  load(vectors: readonly SortedVector[]): void {
    for (let k = 0; k < TERM_KINDS.length; k++) {
      const all = vectors[k * PARTS + ALL]!;
      const top = all.length > 0 ? all.ids[all.length - 1]! : 0;
      if (top >= this.positions[k]!.length) {
        this.positions[k] = new Int32Array(Math.max(top + 1, 2 * this.positions[k]!.length));
      }
      const positions = this.positions[k]!;
      const parts = this.weights[k]!;
      for (let p = 0; p < PARTS; p++) {
        if (parts[p]!.length <= all.length) parts[p] = new Float64Array(2 * (all.length + 1));
        else parts[p]!.fill(0, 0, all.length + 1);
      }
      for (let i = 0; i < all.length; i++) positions[all.ids[i]!] = i + 1;
      for (let p = 0; p < PARTS; p++) {
        const vector = vectors[k * PARTS + p]!;
        const local = parts[p]!;
        for (let i = 0; i < vector.length; i++) local[positions[vector.ids[i]!]!] = vector.weights[i]!;
      }
    }
  }

  /** Forgets what load wrote. */
  clear(vectors: readonly SortedVector[]): void {
    for (let k = 0; k < TERM_KINDS.length; k++) {
      const all = vectors[k * PARTS + ALL]!;
      const positions = this.positions[k]!;
      for (let i = 0; i < all.length; i++) positions[all.ids[i]!] = 0;
    }
  }

  /**
   * Dot product of the loaded field `f` (kind × parts + part) with the sorted run `[from, to)` of packed ids and
   * weights.
   */
  dotRange(f: number, ids: Int32Array, weights: Float64Array, from: number, to: number): number {
    const positions = this.positions[(f / PARTS) | 0]!;
    const local = this.weights[(f / PARTS) | 0]![f % PARTS]!;
    const limit = positions.length;
    let sum = 0;
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (id < limit) sum += local[positions[id]!]! * weights[i]!;
    }
    return sum;
  }

  /** How many ids of the run `[from, to)` the loaded field `f` holds. */
  sharedRange(f: number, ids: Int32Array, from: number, to: number): number {
    const positions = this.positions[(f / PARTS) | 0]!;
    const local = this.weights[(f / PARTS) | 0]![f % PARTS]!;
    let count = 0;
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (id < positions.length && local[positions[id]!]! !== 0) count += 1;
    }
    return count;
  }
}
