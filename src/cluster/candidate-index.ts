import type { TermVector } from './document-vectors.ts';

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
 * entries, so a term shared by thousands of stories costs no more than a rare one.
 */
export class CandidateIndex {
  private readonly postings = new Map<number, number[]>();

  constructor(private readonly limits: CandidateLimits) {}

  /** Notes that `story` now holds these terms. */
  add(story: number, termIds: readonly number[]): void {
    const cap = 2 * this.limits.postingsPerTerm;
    for (const id of termIds) {
      let list = this.postings.get(id);
      if (!list) {
        list = [];
        this.postings.set(id, list);
      }
      list.push(story);
      if (list.length > cap) list.splice(0, list.length - this.limits.postingsPerTerm);
    }
  }

  /**
   * The open stories that share the most weight with the article's heaviest terms, best first (ties: newer
   * story first, for determinism).
   */
  candidates(vector: TermVector, isOpen: (story: number) => boolean): number[] {
    const order = vector.ids
      .map((_, i) => i)
      .sort((a, b) => vector.weights[b]! - vector.weights[a]! || vector.ids[a]! - vector.ids[b]!);
    const scores = new Map<number, number>();
    for (const i of order.slice(0, this.limits.queryTerms)) {
      const list = this.postings.get(vector.ids[i]!);
      if (!list) continue;
      const weight = vector.weights[i]!;
      const seen = new Set<number>();
      for (let j = list.length - 1, read = 0; j >= 0 && read < this.limits.postingsPerTerm; j--, read++) {
        const story = list[j]!;
        if (seen.has(story)) continue;
        seen.add(story);
        scores.set(story, (scores.get(story) ?? 0) + weight);
      }
    }
    return [...scores]
      .filter(([story]) => isOpen(story))
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, this.limits.candidates)
      .map(([story]) => story);
  }

  /** Drops closed stories from every list (run now and then; lookups skip them meanwhile). */
  compact(isOpen: (story: number) => boolean): void {
    for (const [id, list] of this.postings) {
      const kept = list.filter(isOpen);
      if (kept.length === 0) this.postings.delete(id);
      else if (kept.length < list.length) this.postings.set(id, kept);
    }
  }
}
