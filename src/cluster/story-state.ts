import { Centroid } from './centroid.ts';
import { type DocumentVectors, FIELD_COUNT } from './document-vectors.ts';
import type { SortedVector } from './sorted-vector.ts';

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
  readonly centroids: Centroid[] = Array.from({ length: FIELD_COUNT }, () => new Centroid());
  newest = Number.NEGATIVE_INFINITY;
  oldest = Number.POSITIVE_INFINITY;
  timeSum = 0;
  timeCount = 0;
  /** Sequence number of the last article added (orders stories by recency when there are no times). */
  lastSeen = 0;
  readonly recentTitles: SortedVector[] = [];
  /** The language of the story's first member whose language is known ("" until then). */
  language = '';

  constructor(
    readonly id: number,
    private readonly limits: StoryLimits,
  ) {}

  /** Adds a member's sub-vectors to the centroids; returns the ids new to the story in `indexedField`. */
  addMember(
    vectors: DocumentVectors,
    titleVector: SortedVector,
    indexedField: number,
    language: string,
  ): number[] {
    if (this.language === '') this.language = language;
    let fresh: number[] = [];
    for (let f = 0; f < FIELD_COUNT; f++) {
      const added = this.centroids[f]!.add(vectors[f]!, this.limits.centroidTerms, f === indexedField);
      if (f === indexedField) fresh = added;
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
}
