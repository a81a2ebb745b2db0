import type { DocumentFrequencies } from './cluster-engine.ts';
import { FEATURE_NAMES } from './similarity-features.ts';
import { acrossLanguages } from './story-state.ts';

/** Article shapes that get their own weights: with or without body text, with or without a time. */
export const PROFILES = ['full-timed', 'full-untimed', 'title-timed', 'title-untimed'] as const;
/** One article shape. */
export type Profile = (typeof PROFILES)[number];

/**
 * Extra inputs of the join-or-new decision, after φ(article, best story). No margin to the runner-up: with
 * Miranda's negative sampling (the best wrong story as an extra negative) the margin's sign would give the label
 * away in training, while at run time the best story's margin is never negative.
 */
export const MERGE_EXTRA_FEATURES: readonly string[] = ['rank_score'];

/** Settings that shape features; saved with the weights, because the weights are only valid with them. */
export interface ClusterSettings {
  /** Words of body text analysed (the lead carries the story). */
  readonly bodyWords: number;
  /** Stem tokens of body below which an article counts as title-only. */
  readonly minBodyTokens: number;
  /** σ of the Gaussian time features, in days (Miranda et al. 2018: 3). */
  readonly sigmaDays: number;
  readonly centroidTerms: number;
  readonly recentTitles: number;
  readonly queryTerms: number;
  readonly postingsPerTerm: number;
  readonly candidates: number;
  /** Nearest earlier articles looked up per article. */
  readonly neighbors: number;
  /** Weight of the shipped document frequencies, in documents. */
  readonly priorDocuments: number;
  readonly halfLifeDocuments: number;
  /**
   * Join probability needed to join a story in another language. The join decision learns from stories in one
   * language, where shared words are most of the evidence; across languages only names and numbers can match, so
   * its probabilities run low there. Chosen on MMDS (the only labelled stories across languages here) and checked
   * by cross-validation over halves of its events; see data/cluster/README.md. null: the profile's threshold.
   */
  readonly crossLanguageThreshold: number | null;
}

/** The weights of one profile: a linear ranker over φ and a logistic join-or-new decision. */
export interface ProfileWeights {
  readonly rank: readonly number[];
  readonly merge: {
    readonly weights: readonly number[];
    readonly bias: number;
    /** Join probability needed to join (tuned in training for the best F1; 0.5 when absent). */
    readonly threshold?: number;
    /**
     * Join probability needed by an article dated by the day only (published at midnight UTC: an archive, a feed
     * without times of day). Time cannot tell apart the day's stories then, which on a busy day share names and
     * subjects, so the words must say more. Tuned in training on the timed streams dated by the day, plain and
     * busy; `threshold` when absent.
     */
    readonly datedThreshold?: number;
  };
}

/** A trained clustering model as stored in data/cluster/model.json. */
export interface ClusterModel {
  readonly format: 'parallax-cluster-model';
  readonly version: 1;
  readonly features: readonly string[];
  readonly mergeFeatures: readonly string[];
  readonly settings: ClusterSettings;
  readonly profiles: Readonly<Partial<Record<Profile, ProfileWeights>>>;
  /** The document-frequency file the model was trained with, relative to the model file. */
  readonly documentFrequencyFile?: string;
  /** That file's tables, attached by loadClusterModel (never stored inside the model file). */
  readonly documentFrequencies?: DocumentFrequencies;
  /** What the model was trained on, for the record. */
  readonly training?: unknown;
}

/** Settings used when none are given (and by `parallax train cluster`). */
export const DEFAULT_SETTINGS: ClusterSettings = {
  bodyWords: 120,
  minBodyTokens: 5,
  sigmaDays: 3,
  centroidTerms: 80,
  recentTitles: 4,
  queryTerms: 10,
  postingsPerTerm: 50,
  candidates: 12,
  neighbors: 8,
  priorDocuments: 20_000,
  halfLifeDocuments: 20_000,
  crossLanguageThreshold: 0.15,
};

/** The merge-feature names for the current feature set. */
export const MERGE_FEATURE_NAMES: readonly string[] = [...FEATURE_NAMES, ...MERGE_EXTRA_FEATURES];

/**
 * The join probability an article needs to join a story: the profile's tuned threshold (0.5 when the model has
 * none), its threshold for articles dated by the day only when the article is one and the model has it, or the
 * model's cross-language threshold (when set) when the two are in different known languages.
 */
export function joinThreshold(
  model: ClusterModel,
  weights: ProfileWeights,
  article: { readonly language: string; readonly day: number },
  storyLanguage: string | undefined,
): number {
  const across = model.settings.crossLanguageThreshold;
  const crossLanguage = storyLanguage !== undefined && acrossLanguages(article.language, storyLanguage);
  if (crossLanguage && across !== null) return across;
  const dated = weights.merge.datedThreshold;
  return dated !== undefined && isDatedByDay(article.day) ? dated : (weights.merge.threshold ?? 0.5);
}

/** Whether a publication time (days since the epoch) is midnight UTC exactly: a date without a time of day. */
export function isDatedByDay(day: number): boolean {
  return Number.isInteger(day);
}

/** The profile's weights, falling back to the nearest trained profile. */
export function weightsFor(model: ClusterModel, profile: Profile): ProfileWeights {
  const [body, time] = profile.split('-') as [string, string];
  const order: Profile[] = [
    profile,
    `${body}-${time === 'timed' ? 'untimed' : 'timed'}` as Profile,
    `${body === 'full' ? 'title' : 'full'}-${time}` as Profile,
    ...PROFILES,
  ];
  for (const name of order) {
    const weights = model.profiles[name];
    if (weights) return weights;
  }
  throw new Error('cluster: the model has no trained profile');
}

/** Checks a parsed model file against the features this code computes. */
export function validateClusterModel(value: unknown, source: string): ClusterModel {
  const model = value as Partial<ClusterModel>;
  if (model?.format !== 'parallax-cluster-model' || model.version !== 1) {
    throw new Error(`cluster: ${source} is not a parallax cluster model (version 1)`);
  }
  const same = (a: readonly string[] | undefined, b: readonly string[]) =>
    a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(model.features, FEATURE_NAMES) || !same(model.mergeFeatures, MERGE_FEATURE_NAMES)) {
    throw new Error(
      `cluster: ${source} was trained on other features; retrain it with parallax train cluster`,
    );
  }
  for (const [name, weights] of Object.entries(model.profiles ?? {})) {
    if (
      weights.rank.length !== FEATURE_NAMES.length ||
      weights.merge.weights.length !== MERGE_FEATURE_NAMES.length
    ) {
      throw new Error(`cluster: ${source}: profile ${name} has the wrong number of weights`);
    }
  }
  // Settings the file leaves out take their defaults (crossLanguageThreshold came after the first models).
  const settings = { ...DEFAULT_SETTINGS, ...model.settings };
  for (const [name, value] of Object.entries(settings)) {
    if (!Object.hasOwn(DEFAULT_SETTINGS, name)) continue;
    if (name === 'crossLanguageThreshold' && value === null) continue;
    const probability = name === 'crossLanguageThreshold';
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (probability && value > 1)) {
      const what = probability ? 'a probability between 0 and 1, or null' : 'a number ≥ 0';
      throw new Error(`cluster: ${source}: settings.${name} must be ${what}, not ${JSON.stringify(value)}`);
    }
  }
  return { ...model, settings } as ClusterModel;
}
