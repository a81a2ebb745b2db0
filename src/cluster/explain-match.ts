import type { PreparedArticle } from './cluster-engine.ts';
import type { TermVector } from './document-vectors.ts';
import { ENTITIES_ALL, STEMS_ALL } from './similarity-features.ts';
import { type SortedVector, weightOf } from './sorted-vector.ts';
import { dayNames, isDayName } from './weekday-mentions.ts';
import type { StoryState } from './story-state.ts';
import { TERM_KINDS, type TermSpaces } from './document-vectors.ts';

const SHOWN = 8;

/** Ids of the terms an article shares with a story, heaviest contribution to the cosine first. */
function sharedIds(vector: TermVector, centroid: SortedVector): number[] {
  const shared: { id: number; weight: number }[] = [];
  for (let i = 0; i < vector.length; i++) {
    const other = weightOf(centroid, vector.ids[i]!);
    if (other > 0) shared.push({ id: vector.ids[i]!, weight: vector.weights[i]! * other });
  }
  return shared
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .slice(0, SHOWN)
    .map((s) => s.id);
}

/**
 * The words and names an article shares with a story, most telling first, in the article's own spelling; the days
 * of the week both name come last, in English (the clusterer compares days apart from words: naming only other days
 * counts against a story). A day name in another language is a word too ("selasa"), so it is listed as its day.
 */
export function explainMatch(
  prepared: PreparedArticle,
  story: StoryState,
  spaces: TermSpaces,
): { sharedTerms: string[]; sharedEntities: string[] } {
  const stems = spaces[TERM_KINDS.indexOf('stems')]!;
  const names = spaces[TERM_KINDS.indexOf('entities')]!;
  return {
    sharedTerms: [
      ...sharedIds(prepared.vectors[STEMS_ALL]!, story.vectors.centroid(STEMS_ALL))
        .map((id) => {
          const stem = stems.termOf(id);
          return prepared.article.surface.get(stem) ?? stem;
        })
        .filter((word) => !isDayName(word)),
      ...dayNames(prepared.article.weekdays & story.weekdays),
    ],
    sharedEntities: sharedIds(prepared.vectors[ENTITIES_ALL]!, story.vectors.centroid(ENTITIES_ALL)).map(
      (id) => names.termOf(id),
    ),
  };
}
