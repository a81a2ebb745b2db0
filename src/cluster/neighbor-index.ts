import type { TermVector } from './document-vectors.ts';
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

/** Whether slot `a` ranks below a slot `b` scoring `score`. */
function ranksBelow(scores: Float64Array, a: number, b: number, score: number): boolean {
  const value = scores[a]!;
  return value < score || (value === score && a < b);
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
  private storyOfSlot = new Float64Array(1024).fill(-1);
  private scores = new Float64Array(1024);
  private readonly freeSlots: number[] = [];
  private slotCount = 0;

  constructor(private readonly limits: NeighborLimits) {}

  /** Adds an article of `story` with its unit-length vector. */
  add(story: number, vector: TermVector): void {
    const slot = this.allocateSlot(story);
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
    const scores = this.scores;
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
    // The best `neighbors` slots (ties: the higher slot first), kept in a short sorted list.
    const best: number[] = [];
    const k = this.limits.neighbors;
    for (let t = 0; t < touched.length; t++) {
      const slot = touched[t]!;
      const score = scores[slot]!;
      if (best.length === k && !ranksBelow(scores, best[k - 1]!, slot, score)) continue;
      if (!isOpen(this.storyOfSlot[slot]!)) continue;
      let at = best.length;
      while (at > 0 && ranksBelow(scores, best[at - 1]!, slot, score)) at--;
      best.splice(at, 0, slot);
      if (best.length > k) best.pop();
    }
    const result = best.map((slot) => ({ story: this.storyOfSlot[slot]!, similarity: scores[slot]! }));
    for (const slot of touched) scores[slot] = 0;
    return result;
  }

  /** Drops articles of closed stories from every list and frees their slots. */
  compact(isOpen: (story: number) => boolean): void {
    const closed = new Set<number>();
    for (let slot = 0; slot < this.slotCount; slot++) {
      const story = this.storyOfSlot[slot]!;
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
    for (const slot of closed) {
      this.storyOfSlot[slot] = -1;
      this.freeSlots.push(slot);
    }
  }

  private allocateSlot(story: number): number {
    const slot = this.freeSlots.pop() ?? this.slotCount++;
    if (slot >= this.storyOfSlot.length) {
      const stories = new Float64Array(2 * this.storyOfSlot.length).fill(-1);
      stories.set(this.storyOfSlot);
      this.storyOfSlot = stories;
      const scores = new Float64Array(stories.length);
      scores.set(this.scores);
      this.scores = scores;
    }
    this.storyOfSlot[slot] = story;
    return slot;
  }
}
