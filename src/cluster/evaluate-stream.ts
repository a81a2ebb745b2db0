import { type PrecisionRecall, scoreClustering } from './metrics.ts';
import type { LabelledArticle } from './parse-labelled-stream.ts';
import type { Assignment, StoryClusterer } from './types.ts';

/** How a clusterer did on one labelled stream. */
export interface StreamEvaluation {
  readonly documents: number;
  readonly gold_stories: number;
  readonly predicted_stories: number;
  /** Wall time of assigning every article (features and clustering). */
  readonly seconds: number;
  readonly articles_per_second: number;
  readonly pairwise: PrecisionRecall;
  readonly bcubed: PrecisionRecall;
}

/** Runs a fresh clusterer over a labelled stream in order and scores it against the gold stories. */
export function evaluateStream(
  articles: readonly LabelledArticle[],
  clusterer: StoryClusterer,
): { evaluation: StreamEvaluation; assignments: Assignment[] } {
  const started = performance.now();
  const assignments = articles.map((a) => clusterer.assign(a.input));
  const seconds = (performance.now() - started) / 1000;
  const predicted = assignments.map((a) => a.story);
  const gold = articles.map((a) => a.story);
  const score = scoreClustering(gold, predicted);
  return {
    evaluation: {
      documents: articles.length,
      gold_stories: new Set(gold).size,
      predicted_stories: new Set(predicted).size,
      seconds,
      articles_per_second: seconds > 0 ? articles.length / seconds : 0,
      pairwise: score.pairwise,
      bcubed: score.bcubed,
    },
    assignments,
  };
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const meanOf = (parts: readonly PrecisionRecall[]): PrecisionRecall => ({
  precision: mean(parts.map((p) => p.precision)),
  recall: mean(parts.map((p) => p.recall)),
  f1: mean(parts.map((p) => p.f1)),
});

/**
 * Several streams summed (counts, time) and macro-averaged (scores: each stream, e.g. each UCI day, counts once,
 * however long it is).
 */
export function combineEvaluations(parts: readonly StreamEvaluation[]): StreamEvaluation {
  const documents = parts.reduce((n, p) => n + p.documents, 0);
  const seconds = parts.reduce((n, p) => n + p.seconds, 0);
  return {
    documents,
    gold_stories: parts.reduce((n, p) => n + p.gold_stories, 0),
    predicted_stories: parts.reduce((n, p) => n + p.predicted_stories, 0),
    seconds,
    articles_per_second: seconds > 0 ? documents / seconds : 0,
    pairwise: meanOf(parts.map((p) => p.pairwise)),
    bcubed: meanOf(parts.map((p) => p.bcubed)),
  };
}

/** The lowest and highest pairwise and BCubed F1 over several streams (how far one stream can fall from the mean). */
export interface F1Range {
  readonly pairwise: readonly [number, number];
  readonly bcubed: readonly [number, number];
}

export function f1Range(parts: readonly StreamEvaluation[]): F1Range {
  const range = (values: readonly number[]) => [Math.min(...values), Math.max(...values)] as const;
  return {
    pairwise: range(parts.map((p) => p.pairwise.f1)),
    bcubed: range(parts.map((p) => p.bcubed.f1)),
  };
}

/** On how many streams one clusterer's F1 is above, below or level with (within `tie`) another's. */
export interface PairedCount {
  readonly better: number;
  readonly worse: number;
  readonly level: number;
}

/**
 * Compares two clusterers stream by stream (the same streams in the same order): the count of streams each F1 rose
 * or fell on, which says more than two means do when one stream's luck is as large as the difference.
 */
export function pairedCounts(
  ours: readonly StreamEvaluation[],
  theirs: readonly StreamEvaluation[],
  tie = 0.0005,
): { pairwise: PairedCount; bcubed: PairedCount } {
  if (ours.length !== theirs.length)
    throw new Error('pairedCounts: the two lists must score the same streams');
  const count = (pick: (e: StreamEvaluation) => number): PairedCount => {
    let better = 0;
    let worse = 0;
    ours.forEach((e, i) => {
      const difference = pick(e) - pick(theirs[i]!);
      if (difference > tie) better += 1;
      else if (difference < -tie) worse += 1;
    });
    return { better, worse, level: ours.length - better - worse };
  };
  return { pairwise: count((e) => e.pairwise.f1), bcubed: count((e) => e.bcubed.f1) };
}
