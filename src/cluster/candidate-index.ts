import type { TermVector } from './document-vectors.ts';
import { SlotScores } from './slot-scores.ts';
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
  private readonly slots = new SlotScores();

  constructor(private readonly limits: CandidateLimits) {}

  /** Notes that `story` now holds these terms. */
  add(story: number, termIds: readonly number[]): void {
    let slot = this.slotOf.get(story);
    if (slot === undefined) {
      slot = this.slots.allocate(story);
      this.slotOf.set(story, slot);
    }
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
    const scores = this.slots.scores;
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
    const best = this.slots.top(touched, this.limits.candidates, isOpen);
    this.slots.clear(touched);
    return best.map((slot) => this.slots.storyOf(slot));
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
    this.slots.release(closed);
  }
}
