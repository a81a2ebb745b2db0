import type { TermVector } from './document-vectors.ts';
import { SlotScores } from './slot-scores.ts';
import { heaviestPositions } from './sorted-vector.ts';

/** Limits that keep a nearest-neighbour lookup's cost flat however many articles are open. */
export interface NeighborLimits {
  /** The article's heaviest terms used to find neighbours. */
  readonly queryTerms: number;
  /** Most recent articles read per term. */
  readonly postingsPerTerm: number;
  /** Neighbours returned. */
  readonly neighbors: number;
}

/** An earlier article close to the one being placed. */
export interface Neighbor {
  readonly story: number;
  readonly similarity: number;
}

interface Postings {
  slots: number[];
  weights: number[];
}

/**
 * An inverted index over recent articles (not stories): the nearest earlier articles of an article, with their
 * stories. Short texts such as headlines often match one member of a story well and its centroid poorly.
 * Each article holds a slot (reused once its story closes), so scores add up in a flat array, not a hash map.
 */
export class NeighborIndex {
  private readonly postings = new Map<number, Postings>();
  private readonly slots = new SlotScores();

  constructor(private readonly limits: NeighborLimits) {}

  /** Adds an article of `story` with its unit-length vector. */
  add(story: number, vector: TermVector): void {
    const slot = this.slots.allocate(story);
    const cap = 2 * this.limits.postingsPerTerm;
    for (let i = 0; i < vector.length; i++) {
      const id = vector.ids[i]!;
      let list = this.postings.get(id);
      if (!list) {
        list = { slots: [], weights: [] };
        this.postings.set(id, list);
      }
      list.slots.push(slot);
      list.weights.push(vector.weights[i]!);
      if (list.slots.length > cap) {
        const drop = list.slots.length - this.limits.postingsPerTerm;
        list.slots.splice(0, drop);
        list.weights.splice(0, drop);
      }
    }
  }

  /** The most similar recent articles of open stories (dot product over the article's heaviest terms). */
  nearest(vector: TermVector, isOpen: (story: number) => boolean): Neighbor[] {
    const order = heaviestPositions(vector, this.limits.queryTerms);
    const scores = this.slots.scores;
    const touched: number[] = [];
    for (const i of order) {
      const list = this.postings.get(vector.ids[i]!);
      if (!list) continue;
      const weight = vector.weights[i]!;
      const stop = Math.max(0, list.slots.length - this.limits.postingsPerTerm);
      for (let j = list.slots.length - 1; j >= stop; j--) {
        const slot = list.slots[j]!;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot]! += weight * list.weights[j]!;
      }
    }
    const best = this.slots.top(touched, this.limits.neighbors, isOpen);
    const result = best.map((slot) => ({ story: this.slots.storyOf(slot), similarity: scores[slot]! }));
    this.slots.clear(touched);
    return result;
  }

  /** Drops articles of closed stories from every list and frees their slots. */
  compact(isOpen: (story: number) => boolean): void {
    const closed = new Set<number>();
    for (let slot = 0; slot < this.slots.count; slot++) {
      const story = this.slots.storyOf(slot);
      if (story >= 0 && !isOpen(story)) closed.add(slot);
    }
    if (closed.size === 0) return;
    for (const [id, list] of this.postings) {
      const keep = list.slots.map((slot) => !closed.has(slot));
      if (keep.every(Boolean)) continue;
      if (!keep.some(Boolean)) {
        this.postings.delete(id);
        continue;
      }
      list.slots = list.slots.filter((_, i) => keep[i]);
      list.weights = list.weights.filter((_, i) => keep[i]);
    }
    this.slots.release(closed);
  }
}
