import {
  fieldIndex,
  FIELD_COUNT,
  FIELD_PARTS,
  TERM_KINDS,
  type DocumentVectors,
} from './document-vectors.ts';
import type { Neighbor } from './neighbor-index.ts';
import { dotRange, sharedRange } from './sorted-vector.ts';
import type { StoryState } from './story-state.ts';

/** Names of the features φ(article, story), in order: the learned weights are stored against these names. */
export const FEATURE_NAMES: readonly string[] = [
  ...TERM_KINDS.flatMap((kind) => FIELD_PARTS.map((part) => `${kind}_${part}`)),
  'time_newest',
  'time_oldest',
  'time_mean',
  'nearest_title',
  'entity_coverage',
  'neighbor_max',
  'neighbor_sum',
  'stems_title_relative',
  'stems_all_relative',
  'weekdays_shared',
  'weekdays_disjoint',
];

const TIME_FEATURE = FIELD_COUNT;
const NEAREST_TITLE = FIELD_COUNT + 3;
const ENTITY_COVERAGE = FIELD_COUNT + 4;
const NEIGHBOR_MAX = FIELD_COUNT + 5;
const NEIGHBOR_SUM = FIELD_COUNT + 6;
const RELATIVE = FIELD_COUNT + 7;
const WEEKDAYS = FIELD_COUNT + 9;
/** Index of the stems × title sub-vector (used for the nearest headline). */
export const STEMS_TITLE = fieldIndex('stems', 'title');
/** Index of the stems × all sub-vector (used for candidate lookup). */
export const STEMS_ALL = fieldIndex('stems', 'all');
/** Index of the names × all sub-vector. */
export const ENTITIES_ALL = fieldIndex('entities', 'all');
/** Per part, the stems and the names sub-vector. */
const WORDS_AND_NAMES = FIELD_PARTS.map(
  (part) => [fieldIndex('stems', part), fieldIndex('entities', part)] as const,
);

const gaussian = (deltaDays: number, sigmaDays: number): number =>
  Math.exp(-(deltaDays * deltaDays) / (2 * sigmaDays * sigmaDays));

/**
 * Fills `out` with φ(article, story): six sub-vector cosines to the story centroids (Miranda et al. 2018),
 * three Gaussian time gaps (0 when either side has no time), the best cosine to a recent member's headline, the
 * share of the article's names the story holds, and the best and summed similarity of the article's nearest
 * earlier articles that belong to the story (its neighbours among all open articles), and whether the article names a
 * day of the week the story's members name, or only other days (weekdayMentions). There is deliberately no
 * story-size feature: the labelled sets have stories of two or three articles, and a learned size weight would
 * forbid the large stories of real news.
 */
export function computeFeatures(
  vectors: DocumentVectors,
  day: number,
  story: StoryState,
  neighbors: readonly Neighbor[],
  sigmaDays: number,
  crossLanguage: boolean,
  weekdays: number,
  out: Float64Array,
): void {
  const packed = story.vectors;
  const ids = packed.packedIds;
  const weights = packed.packedWeights;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const norm = packed.squaredNorm(f);
    const empty = norm === 0 || vectors[f]!.length === 0;
    out[f] = empty
      ? 0
      : dotRange(vectors[f]!, ids, weights, packed.start(f), packed.end(f)) / Math.sqrt(norm);
  }
  // Across languages most words cannot match, but names and numbers can: the names' similarity stands in for the
  // words' where it is higher.
  if (crossLanguage) {
    for (const [words, names] of WORDS_AND_NAMES) out[words] = Math.max(out[words]!, out[names]!);
  }
  const timed = !Number.isNaN(day) && story.timeCount > 0;
  out[TIME_FEATURE] = timed ? gaussian(day - story.newest, sigmaDays) : 0;
  out[TIME_FEATURE + 1] = timed ? gaussian(day - story.oldest, sigmaDays) : 0;
  out[TIME_FEATURE + 2] = timed ? gaussian(day - story.timeSum / story.timeCount, sigmaDays) : 0;
  let nearest = 0;
  const title = vectors[STEMS_TITLE]!;
  for (let t = FIELD_COUNT; t < FIELD_COUNT + packed.titleCount; t++) {
    nearest = Math.max(nearest, dotRange(title, ids, weights, packed.start(t), packed.end(t)));
  }
  out[NEAREST_TITLE] = nearest;
  const names = vectors[ENTITIES_ALL]!;
  out[ENTITY_COVERAGE] =
    names.length > 0
      ? sharedRange(names, ids, packed.start(ENTITIES_ALL), packed.end(ENTITIES_ALL)) / names.length
      : 0;
  let max = 0;
  let sum = 0;
  for (const n of neighbors) {
    max = Math.max(max, n.similarity);
    sum += n.similarity;
  }
  out[NEIGHBOR_MAX] = max;
  out[NEIGHBOR_SUM] = sum;
  // A member's mean cosine to the summed centroid S of n unit vectors is |S| / n: dividing by it compares the
  // article with how alike the story's own members are, so a broad story of many headlines is not held to the
  // standard of a tight one (without a raw size feature, which labelled sets of 2–3-article stories would skew).
  const titleNorm = Math.sqrt(packed.squaredNorm(STEMS_TITLE) || 1);
  const allNorm = Math.sqrt(packed.squaredNorm(STEMS_ALL) || 1);
  out[RELATIVE] = story.size > 0 ? (out[STEMS_TITLE]! * story.size) / titleNorm : 0;
  out[RELATIVE + 1] = story.size > 0 ? (out[STEMS_ALL]! * story.size) / allNorm : 0;
  // Both name days of the week: the same day, or none in common (another event of the subject, a day apart).
  const sharedDays = weekdays & story.weekdays;
  out[WEEKDAYS] = sharedDays !== 0 ? 1 : 0;
  out[WEEKDAYS + 1] = sharedDays === 0 && weekdays !== 0 && story.weekdays !== 0 ? 1 : 0;
}
