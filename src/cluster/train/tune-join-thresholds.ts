import { analyzeArticle } from '../analyze-article.ts';
import { createClusterer } from '../clusterer.ts';
import type { DocumentFrequencies } from '../cluster-engine.ts';
import type { ClusterModel, Profile, ProfileWeights } from '../cluster-model.ts';
import { scoreClustering } from '../metrics.ts';
import type { LabelledArticle } from '../parse-labelled-stream.ts';
import { asBusyDays, LABELLED_DAYS } from './busy-days.ts';

/** Thresholds tried for each profile. */
const GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
/** Articles of tuning streams used per profile at most (tuning replays them once per grid point). */
const MAX_TUNING_ARTICLES = 16_000;

/** A stream to tune on; `augmented` when it is a training stream with its times or bodies removed. */
export interface TuningStream {
  readonly articles: readonly LabelledArticle[];
  readonly augmented: boolean;
}

/** The profile most articles of a stream fall in. */
function dominantProfile(articles: readonly LabelledArticle[], model: ClusterModel): Profile {
  const counts = new Map<Profile, number>();
  for (const { input } of articles.slice(0, 200)) {
    const article = analyzeArticle(input, model.settings.bodyWords);
    const body = article.body.stems.length >= model.settings.minBodyTokens ? 'full' : 'title';
    const profile = `${body}-${Number.isNaN(article.day) ? 'untimed' : 'timed'}` as Profile;
    counts.set(profile, (counts.get(profile) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

type ThresholdName = 'threshold' | 'datedThreshold';

function withThreshold(
  model: ClusterModel,
  profile: Profile,
  name: ThresholdName,
  value: number,
): ClusterModel {
  const weights = model.profiles[profile]!;
  const tuned: ProfileWeights = { ...weights, merge: { ...weights.merge, [name]: value } };
  return { ...model, profiles: { ...model.profiles, [profile]: tuned } };
}

/**
 * Stories a day in the copies dated by the day: the stream's own, and this many periods of it laid over one another
 * (a busy day). The demo snapshot holds about 2.4 times the AllSides roundups' articles a day; a deployment reading
 * hundreds of outlets, far more.
 */
const DATED_PERIODS = [1, 4];

/** A timed stream dated by the day only, plain and busy (none for a stream with an undated article). */
function datedCopies(articles: readonly LabelledArticle[]): (readonly LabelledArticle[])[] {
  if (articles.some((a) => a.input.published === null)) return [];
  return DATED_PERIODS.map((periods) => asBusyDays(articles, LABELLED_DAYS, periods));
}

/** The grid threshold with the best mean of pairwise and BCubed F1 over `list` (ties: the lowest). */
function bestOnGrid(
  list: readonly (readonly LabelledArticle[])[],
  modelWith: (threshold: number) => ClusterModel,
  options: { windowDays: number; documentFrequencies?: DocumentFrequencies | undefined },
): number {
  let best = { threshold: 0.5, quality: Number.NEGATIVE_INFINITY };
  for (const threshold of GRID) {
    const candidate = modelWith(threshold);
    let quality = 0;
    for (const articles of list) {
      const clusterer = createClusterer(candidate, options);
      const predicted = articles.map((a) => clusterer.assign(a.input).story);
      const score = scoreClustering(
        articles.map((a) => a.story),
        predicted,
      );
      quality += (score.pairwise.f1 + score.bcubed.f1) / 2 / list.length;
    }
    if (quality > best.quality) best = { threshold, quality };
  }
  return best.threshold;
}

/**
 * Picks, per profile, the join threshold that maximises the mean of pairwise and BCubed F1 over the training
 * streams of that profile (the real ones when there are any, else the augmented copies): the logistic decision is fitted per article, while the quality that counts is the
 * clustering's (a wrong split early on fragments a story for good). A timed profile also gets the threshold for
 * articles dated by the day only, picked the same way on those streams dated by the day, plain and busy.
 */
export function tuneJoinThresholds(
  model: ClusterModel,
  streams: readonly TuningStream[],
  options: { windowDays: number; documentFrequencies?: DocumentFrequencies | undefined },
): ClusterModel {
  const real = new Set<Profile>();
  const shaped = streams
    .filter((s) => s.articles.length > 0)
    .map((s) => ({ ...s, profile: dominantProfile(s.articles, model) }));
  for (const s of shaped) if (!s.augmented) real.add(s.profile);
  const byProfile = new Map<Profile, (readonly LabelledArticle[])[]>();
  for (const { articles, augmented, profile } of shaped) {
    // A shape that real streams have is tuned on them alone: a copy with its times or bodies stripped (a
    // politics roundup as bare untimed headlines) is unlike any real stream and would pull the threshold its way.
    if (augmented && real.has(profile)) continue;
    const list = byProfile.get(profile) ?? [];
    if (list.reduce((n, s) => n + s.length, 0) < MAX_TUNING_ARTICLES) list.push(articles);
    byProfile.set(profile, list);
  }
  let tuned = model;
  for (const [profile, list] of byProfile) {
    if (!model.profiles[profile]) continue;
    const threshold = bestOnGrid(list, (t) => withThreshold(tuned, profile, 'threshold', t), options);
    tuned = withThreshold(tuned, profile, 'threshold', threshold);
    if (!profile.endsWith('-timed')) continue;
    const dated = list.flatMap(datedCopies);
    if (dated.length === 0) continue;
    const datedThreshold = bestOnGrid(
      dated,
      (t) => withThreshold(tuned, profile, 'datedThreshold', t),
      options,
    );
    tuned = withThreshold(tuned, profile, 'datedThreshold', datedThreshold);
  }
  return tuned;
}
