/**
 * Slots for the items of an inverted index (stories, or articles), each recording the story it belongs to, and a
 * flat array in which a lookup adds up scores by slot instead of in a hash map. A freed slot is reused.
 */
export class SlotScores {
  /** The score of each slot during a lookup; zero otherwise (`clear` restores it). Replaced when it grows. */
  scores = new Float64Array(1024);
  private storyOfSlot = new Float64Array(1024).fill(-1);
  private readonly freeSlots: number[] = [];
  /** Slots handed out so far, free ones included. */
  count = 0;

  /** A slot for an item of `story`. */
  allocate(story: number): number {
    const slot = this.freeSlots.pop() ?? this.count++;
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

  /** Frees slots for reuse. */
  release(slots: Iterable<number>): void {
    for (const slot of slots) {
      this.storyOfSlot[slot] = -1;
      this.freeSlots.push(slot);
    }
  }

  /** The story of a slot, or -1 for a free one. */
  storyOf(slot: number): number {
    return this.storyOfSlot[slot]!;
  }

  /**
   * The `k` best-scoring of the `touched` slots whose story is open, best first (ties: the higher slot first, for
   * determinism), kept in a short sorted list.
   */
  top(touched: readonly number[], k: number, isOpen: (story: number) => boolean): number[] {
    const scores = this.scores;
    const best: number[] = [];
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
    return best;
  }

  /** Sets the scores of a lookup's slots back to zero. */
  clear(touched: readonly number[]): void {
    for (const slot of touched) this.scores[slot] = 0;
  }
}

/** Whether slot `a` ranks below a slot `b` scoring `score`. */
function ranksBelow(scores: Float64Array, a: number, b: number, score: number): boolean {
  const value = scores[a]!;
  return value < score || (value === score && a < b);
}
