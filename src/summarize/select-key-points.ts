import type { ModelSentence, StoryModel } from './build-story-model.ts';
import { findSupporters } from './build-story-model.ts';
import { countLoadedWords } from './loaded-words.ts';
import { selectByMmr } from './select-by-mmr.ts';
import { cosine, type TermVector } from './term-vector.ts';

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
  // Key points tell what happened: opinion pieces speak in the frames, and here only when no report offers a point.
  const showable = model.sentences.filter((s) => s.showable);
  const reported = showable.filter((s) => !s.opinion);
  const pool = reported.length > 0 ? reported : showable;
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
  const picked = selectByMmr(pool, relevance, exclude, {
    count: options.count,
    lambda: options.lambda,
    duplicateThreshold: options.duplicateThreshold,
    minNovelty: options.minNovelty,
    groupOf: (s) => s.side,
    perGroup: Math.ceil(options.count / Math.max(1, sides.size)),
  });
  return picked.map((sentence) => ({
    sentence,
    articleIds: [sentence.articleId, ...support.get(sentence)!],
  }));
}
