import type { DocumentFrequencies } from '../cluster-engine.ts';
import {
  type ClusterModel,
  type ClusterSettings,
  DEFAULT_SETTINGS,
  MERGE_FEATURE_NAMES,
  type Profile,
  PROFILES,
  type ProfileWeights,
} from '../cluster-model.ts';
import type { LabelledArticle } from '../parse-labelled-stream.ts';
import { linearScore, mergeFeatures } from '../score-candidates.ts';
import { FEATURE_NAMES } from '../similarity-features.ts';
import { collectTrainingExamples, type ProfileExamples } from './collect-training-examples.ts';
import { FeatureTable } from './feature-table.ts';
import { fitLogistic } from './fit-logistic.ts';
import { fitRanker } from './fit-ranker.ts';
import { tuneJoinThresholds } from './tune-join-thresholds.ts';

/** A labelled stream to learn from. */
export interface TrainingStream {
  readonly name: string;
  readonly articles: readonly LabelledArticle[];
  /** Weight of each of its articles (default 1). */
  readonly weight?: number;
}

/** Settings of training. */
export interface TrainOptions {
  readonly settings?: Partial<ClusterSettings>;
  readonly windowDays?: number;
  readonly documentFrequencies?: DocumentFrequencies | undefined;
  /**
   * Also learn from each stream with its times and/or body texts removed, so every profile (title-only,
   * untimed) gets weights even when no stream of that shape was given. A copy without times also loses its URLs
   * (whose slugs add title words): a stream without times is a bare collection of texts, as MMDS is, and a model
   * taught on slug words would find such titles too unlike. Default true.
   */
  readonly augment?: boolean;
  readonly l2?: number;
  /**
   * Rounds of on-policy training after the teacher-forced one (DAgger-style): replay the streams with the
   * model so far making the decisions, add those states to the training set, refit. Default 1.
   */
  readonly onPolicyRounds?: number;
  /** Told what training is doing (for a progress line). */
  readonly onProgress?: (message: string) => void;
}

type Variant = { readonly suffix: string; readonly dropTime: boolean; readonly dropBody: boolean };
const VARIANTS: readonly Variant[] = [
  { suffix: '', dropTime: false, dropBody: false },
  { suffix: ' (no times or URLs)', dropTime: true, dropBody: false },
  { suffix: ' (titles only)', dropTime: false, dropBody: true },
  { suffix: ' (titles only, no times or URLs)', dropTime: true, dropBody: true },
];

/**
 * A training stream and, when `augment`, its copies without times (and URLs), without body texts, and without
 * both; a copy is left out when the stream has nothing to remove (no times, or no bodies).
 */
export function trainingCopies(
  articles: readonly LabelledArticle[],
  augment: boolean,
): { readonly suffix: string; readonly articles: LabelledArticle[] }[] {
  const copies: { suffix: string; articles: LabelledArticle[] }[] = [];
  for (const variant of augment ? VARIANTS : VARIANTS.slice(0, 1)) {
    const copy = variantOf(articles, variant);
    if (copy) copies.push({ suffix: variant.suffix, articles: copy });
  }
  return copies;
}

function variantOf(articles: readonly LabelledArticle[], variant: Variant): LabelledArticle[] | undefined {
  const hasTime = articles.some((a) => a.input.published !== null);
  const hasBody = articles.some((a) => a.input.text.trim() !== '');
  if ((variant.dropTime && !hasTime) || (variant.dropBody && !hasBody)) return undefined;
  return articles.map(({ input, story }) => ({
    input: {
      ...input,
      published: variant.dropTime ? null : input.published,
      text: variant.dropBody ? '' : input.text,
      url: variant.dropTime ? undefined : input.url,
    },
    story,
  }));
}

/**
 * Features whose weight may not go below zero. They grow with a story's size; the labelled sets with bodies have
 * stories of two or three articles, where a negative weight would learn "a story stops at three" and split the
 * large stories of real news. More evidence from more members should never count against a story.
 */
const GROWING_FEATURES = ['neighbor_sum', 'stems_title_relative', 'stems_all_relative'];

function fitProfile(examples: ProfileExamples, l2: number): ProfileWeights {
  const nonNegative = GROWING_FEATURES.map((name) => FEATURE_NAMES.indexOf(name));
  const groups = examples.documents
    .filter((d) => d.gold >= 0 && d.count >= 2)
    .map((d) => ({ first: d.first, count: d.count, gold: d.gold, weight: d.weight }));
  const rank = fitRanker(examples.table, groups, l2, nonNegative);
  const merge = new FeatureTable(MERGE_FEATURE_NAMES.length);
  const labels: number[] = [];
  const weights: number[] = [];
  const add = (row: Float64Array, label: number, weight: number) => {
    merge.push(row);
    labels.push(label);
    weights.push(weight);
  };
  for (const doc of examples.documents) {
    if (doc.count === 0) continue;
    const scored = Array.from({ length: doc.count }, (_, c) => {
      const features = examples.table.row(doc.first + c).slice();
      return { features, score: linearScore(rank, features), gold: c === doc.gold };
    }).sort((a, b) => b.score - a.score);
    const gold = scored.find((s) => s.gold);
    const others = scored.filter((s) => !s.gold);
    if (gold) {
      add(mergeFeatures(gold), 1, doc.weight);
      // Miranda et al.'s negative sampling: the best wrong story is an extra "do not join" example.
      if (others[0]) add(mergeFeatures(others[0]), 0, doc.weight);
    } else {
      add(mergeFeatures(scored[0]!), 0, doc.weight);
    }
  }
  return { rank, merge: fitLogistic(merge, labels, weights, l2, nonNegative) };
}

/** Learns ranking and join-or-new weights for every profile from labelled streams. */
export function trainClusterModel(
  streams: readonly TrainingStream[],
  options: TrainOptions = {},
): ClusterModel {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const collect = {
    settings,
    windowDays: options.windowDays ?? 3,
    documentFrequencies: options.documentFrequencies,
  };
  const examples = new Map<Profile, ProfileExamples>();
  const used: { name: string; articles: number; stories: number }[] = [];
  const inputs: { articles: LabelledArticle[]; weight: number; augmented: boolean }[] = [];
  for (const stream of streams) {
    for (const { suffix, articles } of trainingCopies(stream.articles, options.augment !== false)) {
      inputs.push({ articles, weight: stream.weight ?? 1, augmented: suffix !== '' });
      used.push({
        name: stream.name + suffix,
        articles: articles.length,
        stories: new Set(articles.map((a) => a.story)).size,
      });
    }
  }
  const fit = (): ClusterModel => {
    const profiles: Partial<Record<Profile, ProfileWeights>> = {};
    for (const profile of PROFILES) {
      const data = examples.get(profile);
      if (data && data.documents.length > 0) profiles[profile] = fitProfile(data, options.l2 ?? 1e-3);
    }
    return {
      format: 'parallax-cluster-model',
      version: 1,
      features: FEATURE_NAMES,
      mergeFeatures: MERGE_FEATURE_NAMES,
      settings,
      profiles,
      training: { streams: used, onPolicyRounds: options.onPolicyRounds ?? 1 },
    };
  };
  const say = options.onProgress ?? (() => {});
  say(`replaying ${inputs.length} streams with gold stories`);
  for (const { articles, weight } of inputs) collectTrainingExamples(articles, weight, collect, examples);
  say('fitting the rankers and join decisions');
  let model = fit();
  for (let round = 0; round < (options.onPolicyRounds ?? 1); round++) {
    say(`on-policy round ${round + 1}: replaying with the model's own decisions`);
    for (const { articles, weight } of inputs) {
      collectTrainingExamples(articles, weight, { ...collect, policy: model }, examples);
    }
    model = fit();
  }
  say('tuning join thresholds');
  return tuneJoinThresholds(
    model,
    inputs.map((i) => ({ articles: i.articles, augmented: i.augmented })),
    collect,
  );
}
