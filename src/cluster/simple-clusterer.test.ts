import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSimpleClusterer } from './simple-clusterer.ts';
import type { ClusterInput } from './types.ts';

const article = (id: string, title: string, published: string | null, text = ''): ClusterInput => ({
  id,
  title,
  text,
  published,
});

const STREAM: ClusterInput[] = [
  article('1', 'Florida governor bans school mask mandates', '2021-07-30T10:00:00Z'),
  article('2', 'Senate passes infrastructure bill after long debate', '2021-07-30T11:00:00Z'),
  article('3', 'DeSantis order bars Florida schools from mask mandates', '2021-07-30T12:00:00Z'),
  article('4', 'Infrastructure bill clears the Senate', '2021-07-30T13:00:00Z'),
  article('5', 'Volcano erupts on remote island', '2021-07-30T14:00:00Z'),
];

test('createSimpleClusterer groups articles that share distinctive terms and explains the match', () => {
  const clusterer = createSimpleClusterer({ threshold: 0.2 });
  const assignments = STREAM.map((a) => clusterer.assign(a));
  const stories = assignments.map((a) => a.story);
  assert.equal(stories[0], stories[2]);
  assert.equal(stories[1], stories[3]);
  assert.equal(new Set(stories).size, 3);
  assert.deepEqual(
    assignments.map((a) => a.isNew),
    [true, true, false, false, true],
  );
  const joined = assignments[2]!;
  assert.ok(joined.explanation.score >= 0.2);
  assert.ok(joined.explanation.sharedTerms.includes('florida'));
  assert.ok(joined.explanation.sharedTerms.includes('mask'));
  assert.equal(assignments[4]!.explanation.score, 0);
});

test('createSimpleClusterer closes a story whose newest article left the window', () => {
  const clusterer = createSimpleClusterer({ threshold: 0.2, windowDays: 1 });
  const first = clusterer.assign(STREAM[0]!);
  const late = clusterer.assign(
    article('9', 'DeSantis order bars Florida schools from mask mandates', '2021-08-05T12:00:00Z'),
  );
  assert.notEqual(late.story, first.story);
  assert.equal(late.isNew, true);
});

test('createSimpleClusterer: restoring a prefix then assigning the rest equals assigning everything', () => {
  const whole = createSimpleClusterer({ threshold: 0.2 });
  const expected = STREAM.map((a) => whole.assign(a).story);
  const resumed = createSimpleClusterer({ threshold: 0.2 });
  for (const [i, a] of STREAM.slice(0, 3).entries()) resumed.restore(a, expected[i]!);
  const rest = STREAM.slice(3).map((a) => resumed.assign(a).story);
  assert.deepEqual(rest, expected.slice(3));
});
