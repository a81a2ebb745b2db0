import type { BiasBucket } from '../domain/index.ts';
import { type SourceSentence, collectSentences } from './collect-sentences.ts';
import { centroidOf, computeIdf, contentStems, cosine, type TermVector, vectorize } from './term-vector.ts';
import type { SynthesisArticle, SynthesisOptions } from './types.ts';

/** A sentence with its vector. */
export interface ModelSentence extends SourceSentence {
  readonly vector: TermVector;
}

/** The vectors synthesis works on, built once per story. */
export interface StoryModel {
  readonly articles: readonly SynthesisArticle[];
  readonly centroid: TermVector;
  readonly idf: (term: string) => number;
  readonly articleVectors: ReadonlyMap<number, TermVector>;
  /** Candidate sentences of the most central articles (capped), in article then position order. */
  readonly sentences: readonly ModelSentence[];
  /** Title and lead sentence vectors of every article: the evidence a point may cite. */
  readonly evidence: ReadonlyMap<number, readonly TermVector[]>;
}

const SIDE_ORDER: readonly (BiasBucket | null)[] = ['center', 'left', 'right', null];

/** Builds the story's vectors: the centroid over all articles, sentences from the most central ones. */
export function buildStoryModel(
  articles: readonly SynthesisArticle[],
  options: Required<Pick<SynthesisOptions, 'maxArticles' | 'sentencesPerArticle'>> & SynthesisOptions,
): StoryModel {
  const sorted = [...articles].sort((a, b) => a.id - b.id);
  const stems = new Map(sorted.map((a) => [a.id, contentStems(`${a.title}. ${bodyOf(a)}`)]));
  const idf = computeIdf([...stems.values()], options.background);
  const articleVectors = new Map(sorted.map((a) => [a.id, vectorize(stems.get(a.id)!, idf)]));
  const centroid = centroidOf([...articleVectors.values()]);
  const chosen = pickCentralArticles(sorted, articleVectors, centroid, options.maxArticles);
  const sentences = collectSentences(chosen, options.sentencesPerArticle).map((s) => ({
    ...s,
    vector: vectorize(contentStems(s.text), idf),
  }));
  const evidence = new Map<number, TermVector[]>();
  for (const article of sorted) {
    const own = sentences.filter((s) => s.articleId === article.id).map((s) => s.vector);
    const lead =
      own.length > 0 ? own : collectSentences([article], 3).map((s) => vectorize(contentStems(s.text), idf));
    evidence.set(article.id, [vectorize(contentStems(article.title), idf), ...lead]);
  }
  return { articles: sorted, centroid, idf, articleVectors, sentences, evidence };
}

/** The article text synthesis reads: the body when known, else the lead. */
export function bodyOf(article: SynthesisArticle): string {
  return article.text?.trim() ? article.text : article.lead;
}

// Round-robin over sides, most central first, so a story of 300 articles still yields every side's sentences.
function pickCentralArticles(
  articles: readonly SynthesisArticle[],
  vectors: ReadonlyMap<number, TermVector>,
  centroid: TermVector,
  limit: number,
): SynthesisArticle[] {
  if (articles.length <= limit) return [...articles];
  const centrality = (a: SynthesisArticle) => cosine(vectors.get(a.id)!, centroid);
  const queues = SIDE_ORDER.map((side) =>
    articles.filter((a) => a.side === side).sort((a, b) => centrality(b) - centrality(a) || a.id - b.id),
  );
  const picked: SynthesisArticle[] = [];
  while (picked.length < limit) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined && picked.length < limit) picked.push(next);
    }
  }
  return picked.sort((a, b) => a.id - b.id);
}

/** Ids of the articles other than `exceptId` with a title or lead sentence at least `threshold` alike. */
export function findSupporters(
  model: StoryModel,
  vector: TermVector,
  exceptId: number,
  threshold: number,
): number[] {
  const ids: number[] = [];
  for (const [id, vectors] of model.evidence) {
    if (id !== exceptId && vectors.some((v) => cosine(v, vector) >= threshold)) ids.push(id);
  }
  return ids;
}
