import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClusterEngine } from './cluster-engine.ts';
import { loadClusterModel } from './load-cluster-model.ts';
import { FEATURE_NAMES } from './similarity-features.ts';
import type { ClusterInput } from './types.ts';

const model = loadClusterModel();
const SHARED = FEATURE_NAMES.indexOf('weekdays_shared');
const DISJOINT = FEATURE_NAMES.indexOf('weekdays_disjoint');

const article = (id: string, title: string, text: string): ClusterInput => ({
  id,
  title,
  text,
  published: '2021-06-29T18:00:00Z',
});

/** The weekday features of `input` against the one story the engine holds (its first article). */
function weekdayFeatures(first: ClusterInput, input: ClusterInput): [number, number] {
  const engine = new ClusterEngine({
    settings: model.settings,
    windowDays: 3,
    maxOpenStories: 100,
    documentFrequencies: model.documentFrequencies,
    nearDuplicates: false,
  });
  engine.commit(engine.prepare(first), engine.newStoryId(), false);
  const [candidate] = engine.candidates(engine.prepare(input));
  assert.ok(candidate, 'the story is a candidate');
  return [candidate.features[SHARED]!, candidate.features[DISJOINT]!];
}

// Real leads (AllSides roundups of 2021-06-28 and 2021-06-29): one subject, two events a day apart.
const statues = article(
  'hill',
  'House passes bill to remove Confederate statues from Capitol',
  'The House passed legislation on Tuesday that would remove artwork from the Capitol that honors people with legacies of defending slavery.',
);

test('similarity features: naming the day the story names', () => {
  const sameVote = article(
    'cnn',
    'House votes to remove Confederate statues and replace Roger B. Taney bust',
    'The House voted Tuesday to remove statues of Confederate figures from the Capitol and replace a bust of Roger B. Taney.',
  );
  assert.deepEqual(weekdayFeatures(statues, sameVote), [1, 0]);
});

test('similarity features: naming only other days than the story', () => {
  const committee = article(
    'reuters',
    'House votes to create Democratic-led committee probe of U.S. Capitol attack',
    'The U.S. House of Representatives on Wednesday approved the creation of a new Democratic-majority select committee to probe the Jan. 6 attack on the Capitol.',
  );
  assert.deepEqual(weekdayFeatures(statues, committee), [0, 1]);
});

test('similarity features: no day named on one side says nothing', () => {
  const undated = article(
    'examiner',
    'House votes to sweep out Capitol statues deemed offensive',
    'The House voted to remove the bust of former Supreme Court Chief Justice Roger B. Taney and several other statues.',
  );
  assert.deepEqual(weekdayFeatures(statues, undated), [0, 0]);
});
