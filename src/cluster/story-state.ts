import { FIELD_COUNT, type DocumentVectors, type TermVector } from './document-vectors.ts';

/** How much of a story the clusterer keeps in memory. */
export interface StoryLimits {
  /** Terms kept per sub-vector centroid (the heaviest ones); bounds memory per story. */
  readonly centroidTerms: number;
  /** Title vectors of the most recent members kept for the nearest-headline feature. */
  readonly recentTitles: number;
}

/** An open story as the clusterer sees it: summed member vectors per field, times and recent headlines. */
export class StoryState {
  /** Members summed into the centroids (syndicated copies are not). */
  size = 0;
  /** All articles, copies included. */
  articles = 0;
  readonly sums: Map<number, number>[] = Array.from({ length: FIELD_COUNT }, () => new Map());
  readonly squaredNorms = new Float64Array(FIELD_COUNT);
  newest = Number.NEGATIVE_INFINITY;
  oldest = Number.POSITIVE_INFINITY;
  timeSum = 0;
  timeCount = 0;
  /** Sequence number of the last article added (orders stories by recency when there are no times). */
  lastSeen = 0;
  readonly recentTitles: TermVector[] = [];

  constructor(
    readonly id: number,
    private readonly limits: StoryLimits,
  ) {}

  /** Adds a member's sub-vectors to the centroids; returns the stem ids new to the story (for the index). */
  addMember(vectors: DocumentVectors, titleVector: TermVector, indexedField: number): number[] {
    const fresh: number[] = [];
    for (let f = 0; f < FIELD_COUNT; f++) {
      const sums = this.sums[f]!;
      const { ids, weights } = vectors[f]!;
      let norm = this.squaredNorms[f]!;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const before = sums.get(id);
        const w = weights[i]!;
        if (before === undefined && f === indexedField) fresh.push(id);
        norm += 2 * (before ?? 0) * w + w * w;
        sums.set(id, (before ?? 0) + w);
      }
      this.squaredNorms[f] = norm;
      if (sums.size > 2 * this.limits.centroidTerms) this.prune(f);
    }
    this.size += 1;
    this.recentTitles.push(titleVector);
    if (this.recentTitles.length > this.limits.recentTitles) this.recentTitles.shift();
    return fresh;
  }

  /** Records an article's time (members and copies alike). */
  addTime(day: number, sequence: number): void {
    this.articles += 1;
    this.lastSeen = sequence;
    if (Number.isNaN(day)) return;
    this.newest = Math.max(this.newest, day);
    this.oldest = Math.min(this.oldest, day);
    this.timeSum += day;
    this.timeCount += 1;
  }

  private prune(field: number): void {
    const sums = this.sums[field]!;
    const kept = [...sums].sort((a, b) => b[1] - a[1]).slice(0, this.limits.centroidTerms);
    sums.clear();
    let norm = 0;
    for (const [id, weight] of kept) {
      sums.set(id, weight);
      norm += weight * weight;
    }
    this.squaredNorms[field] = norm;
  }
}
