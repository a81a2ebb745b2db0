import type { ModelSentence, StoryModel } from './build-story-model.ts';
import { findSupporters } from './build-story-model.ts';
import { countLoadedWords } from './loaded-words.ts';
import { selectByMmr } from './select-by-mmr.ts';
import { cosine, type TermVector } from './term-vector.ts';

/** Key points a story should have when its articles offer any: from opinion pieces when reports offer none. */
const MIN_POINTS = 1;

/** A chosen sentence with every article that supports it (its own first). */
export interface CitedSentence {
  readonly sentence: ModelSentence;
  readonly articleIds: readonly number[];
}

/** Options of key-point selection (defaults live in synthesize-story.ts). */
export interface KeyPointOptions {
  readonly count: number;
  readonly lambda: number;
  readonly duplicateThreshold: number;
  readonly citeThreshold: number;
  readonly minNovelty: number;
}

/**
 * Key points: centroid relevance (Radev et al. 2004) with a bonus for sentences other articles and other
 * sides support, picked by MMR without repeats of the title or summary, and balanced across Left/Center/Right
 * (no side gets more than its share while another side still has candidates).
 */
export function selectKeyPoints(
  model: StoryModel,
  exclude: readonly TermVector[],
  options: KeyPointOptions,
): CitedSentence[] {
  const sideOf = new Map(model.articles.map((a) => [a.id, a.side]));
  const support = new Map<ModelSentence, number[]>();
  const pool = model.sentences.filter((s) => s.showable);
  for (const sentence of pool) {
    support.set(sentence, findSupporters(model, sentence.vector, sentence.articleId, options.citeThreshold));
  }
  const relevance = (s: ModelSentence) => {
    const supporters = support.get(s)!;
    const sides = new Set([s.side, ...supporters.map((id) => sideOf.get(id))].filter((x) => x != null));
    return (
      cosine(s.vector, model.centroid) +
      0.2 / (1 + s.position) +
      0.04 * Math.min(3, supporters.length) +
      0.03 * Math.max(0, sides.size - 1) -
      0.2 * countLoadedWords(s.text) -
      (s.opinion ? 0.3 : 0) -
      (s.dangling ? 0.15 : 0) -
      (0.4 * Math.max(0, s.words - 20)) / 20
    );
  };
  const sides = new Set(model.articles.map((a) => a.side).filter((side) => side !== null));
  const mmr = (
    candidates: readonly ModelSentence[],
    against: readonly TermVector[],
    count: number,
    perGroup = Math.ceil(options.count / Math.max(1, sides.size)),
  ) =>
    selectByMmr(candidates, relevance, against, {
      count,
      lambda: options.lambda,
      duplicateThreshold: options.duplicateThreshold,
      minNovelty: options.minNovelty,
      groupOf: (s) => s.side,
      perGroup,
    });
  // Key points tell what happened, so they come from reports; opinion pieces (whose views their side's frame shows)
  // give one only when the reports offer nothing beyond the title and summary, so that a story still says something.
  // A sentence that leans on one before it ("They are in Minneapolis and fully prepared.") is taken only for a side
  // that has nothing else to say.
  const whole = mmr(
    pool.filter((s) => !s.opinion && !s.dangling),
    exclude,
    options.count,
  );
  const told = new Set(whole.map((s) => s.side));
  const leaning = pool.filter((s) => !s.opinion && s.dangling && !told.has(s.side));
  const reported = [
    ...whole,
    ...mmr(leaning, [...exclude, ...whole.map((s) => s.vector)], options.count - whole.length, 1),
  ];
  const missing = Math.min(options.count, MIN_POINTS) - reported.length;
  const picked =
    missing > 0
      ? [
          ...reported,
          ...mmr(
            pool.filter((s) => s.opinion),
            [...exclude, ...reported.map((s) => s.vector)],
            missing,
          ),
        ]
      : reported;
  return picked.map((sentence) => ({
    sentence,
    articleIds: [sentence.articleId, ...support.get(sentence)!],
  }));
}
