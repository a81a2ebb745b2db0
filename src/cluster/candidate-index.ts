import type { TermVector } from './document-vectors.ts';
import { heaviestPositions } from './sorted-vector.ts';

/** Limits that keep the cost of finding candidates flat however many stories are open. */
export interface CandidateLimits {
  /** The article's heaviest terms used to look stories up. */
  readonly queryTerms: number;
  /** Most recent stories read per term. */
  readonly postingsPerTerm: number;
  /** Stories passed on to full scoring. */
  readonly candidates: number;
}

/**
 * An inverted index from stem to the open stories holding it, newest last. Lists are trimmed to their newest
 * entries, so a term shared by thousands of stories costs no more than a rare one. Each story holds a slot (reused
 * once it closes), so scores add up in a flat array, not a hash map.
 */
export class CandidateIndex {
  private readonly postings = new Map<number, number[]>();
  private readonly slotOf = new Map<number, number>();
  private storyOfSlot = new Float64Array(1024).fill(-1);
  private scores = new Float64Array(1024);
  private readonly freeSlots: number[] = [];
  private slotCount = 0;

  constructor(private readonly limits: CandidateLimits) {}

  /** Notes that `story` now holds these terms. */
  add(story: number, termIds: readonly number[]): void {
    const slot = this.slotOf.get(story) ?? this.allocateSlot(story);
    const cap = 2 * this.limits.postingsPerTerm;
    for (const id of termIds) {
      let list = this.postings.get(id);
      if (!list) {
        list = [];
        this.postings.set(id, list);
      }
      list.push(slot);
      if (list.length > cap) list.splice(0, list.length - this.limits.postingsPerTerm);
    }
  }

  /**
   * The open stories that share the most weight with the article's heaviest terms, best first (ties: the
   * higher slot first, for determinism).
   */
  candidates(vector: TermVector, isOpen: (story: number) => boolean): number[] {
    const order = heaviestPositions(vector, this.limits.queryTerms);
    const scores = this.scores;
    const touched: number[] = [];
    for (const i of order) {
      const list = this.postings.get(vector.ids[i]!);
      if (!list) continue;
      const weight = vector.weights[i]!;
      const stop = Math.max(0, list.length - this.limits.postingsPerTerm);
      let previous = -1;
      for (let j = list.length - 1; j >= stop; j--) {
        const slot = list[j]!;
        // A story re-added at once (after its centroid dropped and regained the term) counts once.
        if (slot === previous) continue;
        previous = slot;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot]! += weight;
      }
    }
    const best: number[] = [];
    const k = this.limits.candidates;
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
    for (const slot of touched) scores[slot] = 0;
    return best.map((slot) => this.storyOfSlot[slot]!);
  }

  /** Drops closed stories from every list and frees their slots (run now and then; lookups skip them meanwhile). */
  compact(isOpen: (story: number) => boolean): void {
    const closed = new Set<number>();
    for (const [story, slot] of this.slotOf) {
      if (isOpen(story)) continue;
      closed.add(slot);
      this.slotOf.delete(story);
    }
    if (closed.size === 0) return;
    for (const [id, list] of this.postings) {
      const kept = list.filter((slot) => !closed.has(slot));
      if (kept.length === 0) this.postings.delete(id);
      else if (kept.length < list.length) this.postings.set(id, kept);
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
    this.slotOf.set(story, slot);
    return slot;
  }
}

/** Whether slot `a` ranks below a slot `b` scoring `score`. */
function ranksBelow(scores: Float64Array, a: number, b: number, score: number): boolean {
  const value = scores[a]!;
  return value < score || (value === score && a < b);
}
