import type { SortedVector } from './sorted-vector.ts';

/**
 * An article's sub-vectors spread into dense arrays indexed by term id, so that its dot product with a story
 * centroid is one pass over the centroid with no search or hashing (the inner loop of scoring).
 */
export class DenseScratch {
  private readonly fields: Float64Array[];

  constructor(fieldCount: number) {
    this.fields = Array.from({ length: fieldCount }, () => new Float64Array(1024));
  }

  /** Writes the article's vectors in; call clear with the same vectors when done. */
  load(vectors: readonly SortedVector[]): void {
    vectors.forEach((vector, f) => {
      let dense = this.fields[f]!;
      const top = vector.length > 0 ? vector.ids[vector.length - 1]! : 0;
      if (top >= dense.length) {
        dense = new Float64Array(Math.max(top + 1, 2 * dense.length));
        this.fields[f] = dense;
      }
      for (let i = 0; i < vector.length; i++) dense[vector.ids[i]!] = vector.weights[i]!;
    });
  }

  /** Zeroes what load wrote. */
  clear(vectors: readonly SortedVector[]): void {
    vectors.forEach((vector, f) => {
      const dense = this.fields[f]!;
      for (let i = 0; i < vector.length; i++) dense[vector.ids[i]!] = 0;
    });
  }

  /** Dot product of the loaded field `f` with a sorted vector. */
  dot(f: number, other: SortedVector): number {
    const dense = this.fields[f]!;
    const ids = other.ids;
    const weights = other.weights;
    const n = other.length;
    const limit = dense.length;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      if (id < limit) sum += dense[id]! * weights[i]!;
    }
    return sum;
  }

  /** How many of `other`'s ids the loaded field `f` holds. */
  shared(f: number, other: SortedVector): number {
    const dense = this.fields[f]!;
    let count = 0;
    for (let i = 0; i < other.length; i++) {
      const id = other.ids[i]!;
      if (id < dense.length && dense[id]! !== 0) count += 1;
    }
    return count;
  }
}
