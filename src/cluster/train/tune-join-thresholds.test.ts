import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type ClusterModel,
  DEFAULT_SETTINGS,
  MERGE_FEATURE_NAMES,
  PROFILES,
  type ProfileWeights,
} from '../cluster-model.ts';
import type { LabelledArticle } from '../parse-labelled-stream.ts';
import { FEATURE_NAMES } from '../similarity-features.ts';
import { asBusyDays, LABELLED_DAYS } from './busy-days.ts';
import { tuneJoinThresholds } from './tune-join-thresholds.ts';

// A hand-set model: rank and join on the headline cosine alone, so overlapping headlines get a middling join
// probability and the tuned threshold decides whether they join.
const title = FEATURE_NAMES.indexOf('stems_title');
const weights: ProfileWeights = {
  rank: FEATURE_NAMES.map((_, i) => (i === title ? 1 : 0)),
  merge: { weights: MERGE_FEATURE_NAMES.map((_, i) => (i === title ? 10 : 0)), bias: -5 },
};
const model: ClusterModel = {
  format: 'parallax-cluster-model',
  version: 1,
  features: FEATURE_NAMES,
  mergeFeatures: MERGE_FEATURE_NAMES,
  settings: DEFAULT_SETTINGS,
  profiles: Object.fromEntries(PROFILES.map((p) => [p, weights])),
};

const TITLES = [
  'Harbor bridge closes after storm damage',
  'Harbor bridge reopens after storm repairs',
  'Orchard growers count frost losses',
  'Orchard growers report frost damage',
  'Museum returns stolen bronze statue',
  'Museum recovers stolen bronze mask',
];
/** Untimed headlines, each pair either one story (`paired`) or two. */
const stream = (paired: boolean): LabelledArticle[] =>
  TITLES.map((t, i) => ({
    input: { id: String(i), title: t, text: '', published: null },
    story: String(paired ? Math.floor(i / 2) : i),
  }));
const thresholdOf = (tuned: ClusterModel) => tuned.profiles['title-untimed']!.merge.threshold;
const tune = (streams: { articles: LabelledArticle[]; augmented: boolean }[]) =>
  thresholdOf(tuneJoinThresholds(model, streams, { windowDays: 3 }));

test('tuneJoinThresholds: augmented copies do not move the threshold of a shape real streams have', () => {
  const apart = { articles: stream(false), augmented: false };
  const together = (augmented: boolean) => ({ articles: stream(true), augmented });
  const realOnly = tune([apart]);
  assert.notEqual(tune([together(false)]), realOnly, 'the pairs stream alone pulls the threshold elsewhere');
  assert.equal(tune([apart, together(true)]), realOnly);
});

test('tuneJoinThresholds: a shape only augmented copies have is tuned on them', () => {
  assert.equal(
    tune([{ articles: stream(true), augmented: true }]),
    tune([{ articles: stream(true), augmented: false }]),
  );
});

test('tuneJoinThresholds: a timed shape also gets the threshold for articles dated by the day, tuned on its days', () => {
  // The pairs a day apart are one story; the stories a day apart from each other: dated by the day, plain and
  // with the days laid four over one another, they are what the dated threshold is tuned on.
  const timed = stream(true).map((a, i) => ({
    ...a,
    input: { ...a.input, published: new Date(Date.UTC(2021, 6, 1 + i, 9 + i)).toISOString() },
  }));
  const tuned = tuneJoinThresholds(model, [{ articles: timed, augmented: false }], { windowDays: 3 });
  const dated = tuned.profiles['title-timed']!.merge.datedThreshold;
  assert.notEqual(dated, undefined);
  assert.equal(tuned.profiles['title-untimed']!.merge.datedThreshold, undefined, 'untimed shapes have none');
  const days = [1, 4].map((periods) => ({
    articles: asBusyDays(timed, LABELLED_DAYS, periods),
    augmented: false,
  }));
  const onDays = tuneJoinThresholds(model, days, { windowDays: 3 }).profiles['title-timed']!.merge.threshold;
  assert.equal(dated, onDays);
});
