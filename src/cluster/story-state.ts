import { writtenLanguage } from '../text/index.ts';
import { type DocumentVectors, FIELD_COUNT } from './document-vectors.ts';
import type { SortedVector } from './sorted-vector.ts';
import { type StoryVectorLimits, StoryVectors } from './story-vectors.ts';

/** Whether an article and a story are in two different known languages ("" is unknown). */
export function acrossLanguages(articleLanguage: string, storyLanguage: string): boolean {
  return (
    articleLanguage !== '' &&
    storyLanguage !== '' &&
    writtenLanguage(articleLanguage) !== writtenLanguage(storyLanguage)
  );
}

/** An open story as the clusterer sees it: summed member vectors per field, times and recent headlines. */
export class StoryState {
  /** Members summed into the centroids (syndicated copies are not). */
  size = 0;
  /** All articles, copies included. */
  articles = 0;
  /** Summed member vectors per field (centroids) and the recent members' headlines, packed. */
  readonly vectors: StoryVectors;
  newest = Number.NEGATIVE_INFINITY;
  oldest = Number.POSITIVE_INFINITY;
  timeSum = 0;
  timeCount = 0;
  /** Sequence number of the last article added (orders stories by recency when there are no times). */
  lastSeen = 0;
  /** The language of the story's first member whose language is known ("" until then). */
  language = '';
  /** Days of the week its members name, as bits (see weekdayMentions). */
  weekdays = 0;

  constructor(
    readonly id: number,
    limits: StoryVectorLimits,
  ) {
    this.vectors = new StoryVectors(FIELD_COUNT, limits);
  }

  /** Adds a member's sub-vectors to the centroids; returns the ids new to the story in `indexedField`. */
  addMember(
    vectors: DocumentVectors,
    titleVector: SortedVector,
    indexedField: number,
    language: string,
    weekdays = 0,
  ): number[] {
    if (this.language === '') this.language = language;
    this.weekdays |= weekdays;
    this.size += 1;
    return this.vectors.add(vectors, titleVector, indexedField);
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
