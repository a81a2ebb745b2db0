import { FRAME_MIN_ARTICLES, type KeyPoint } from '../domain/index.ts';
import { absolutizeDates } from './absolutize-dates.ts';
import { buildStoryModel, findSupporters, type ModelSentence } from './build-story-model.ts';
import { chooseSummary } from './choose-summary.ts';
import { chooseTitle } from './choose-title.ts';
import { extractEntities } from './extract-entities.ts';
import { extractFrames } from './extract-frames.ts';
import { selectKeyPoints } from './select-key-points.ts';
import type { StorySynthesis, SynthesisArticle, SynthesisOptions } from './types.ts';

/** Defaults of every synthesis option; tuned on the NeuS train split only (see the eval summary command). */
export const DEFAULT_SYNTHESIS_OPTIONS = {
  maxPoints: 5,
  sentencesPerArticle: 6,
  maxArticles: 60,
  citeThreshold: 0.35,
  duplicateThreshold: 0.5,
  lambda: 0.7,
  minNovelty: 0.6,
  frameMinArticles: FRAME_MIN_ARTICLES,
  framePoints: 3,
  frameTerms: 8,
  frameMinZ: 1.645,
  timeZone: 'UTC',
} as const;

/**
 * Everything a story page says beyond its article list, extracted from the story's own articles and traceable
 * to them: a neutral title, a one-line summary, balanced key points, per-side frames and the names mentioned.
 * Deterministic: the same articles in any order give the same result.
 */
export function synthesizeStory(
  articles: readonly SynthesisArticle[],
  options: SynthesisOptions = {},
): StorySynthesis {
  if (articles.length === 0) throw new Error('summarize: a story needs at least one article');
  const o = { ...DEFAULT_SYNTHESIS_OPTIONS, ...options };
  const model = buildStoryModel(articles, o);
  const render = (s: ModelSentence) => absolutizeDates(s.text, s.publishedAt, o.timeZone);

  const title = chooseTitle(model, o.citeThreshold);
  const summary = chooseSummary(model, { text: title.title, vector: title.vector }, o.duplicateThreshold);
  const exclude = summary === undefined ? [title.vector] : [title.vector, summary.vector];
  const points = selectKeyPoints(model, exclude, {
    count: pointCount(model.articles.length, o.maxPoints),
    lambda: o.lambda,
    duplicateThreshold: o.duplicateThreshold,
    citeThreshold: o.citeThreshold,
    minNovelty: o.minNovelty,
  });
  const keyPoints: KeyPoint[] = points.map((p) => ({ text: render(p.sentence), articleIds: p.articleIds }));
  return {
    title: title.title,
    titleArticleIds: title.articleIds,
    summary: summary === undefined ? '' : render(summary),
    summaryArticleIds:
      summary === undefined
        ? []
        : [summary.articleId, ...findSupporters(model, summary.vector, summary.articleId, o.citeThreshold)],
    keyPoints,
    frames: extractFrames(model, {
      minArticles: o.frameMinArticles,
      points: o.framePoints,
      terms: o.frameTerms,
      minZ: o.frameMinZ,
      lambda: o.lambda,
      duplicateThreshold: o.duplicateThreshold,
      citeThreshold: o.citeThreshold,
      render,
      shown: new Set([...(summary === undefined ? [] : [summary]), ...points.map((p) => p.sentence)]),
    }),
    entities: extractEntities(model.articles),
  };
}

// A point per article up to three, then one more for every few articles, at most `max` (the issue asks 3–5).
function pointCount(articles: number, max: number): number {
  const count = articles <= 3 ? articles : articles < 6 ? 3 : articles < 12 ? 4 : 5;
  return Math.max(1, Math.min(max, count));
}
