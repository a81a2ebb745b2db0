import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SortedVector, toSortedVector } from './sorted-vector.ts';
import { StoryVectors } from './story-vectors.ts';

const entries = (v: SortedVector): [number, number][] =>
  Array.from({ length: v.length }, (_, i) => [v.ids[i]!, v.weights[i]!]);

test('StoryVectors sums members per field in id order and reports the ids new to the indexed field', () => {
  const story = new StoryVectors(2, { centroidTerms: 80, recentTitles: 4 });
  assert.deepEqual(entries(story.centroid(0)), []);
  assert.equal(story.squaredNorm(0), 0);

  const first = story.add(
    [toSortedVector([5, 1], [0.8, 0.6]), toSortedVector([9], [1])],
    toSortedVector([], []),
    0,
  );
  assert.deepEqual(first, [1, 5]);
  const second = story.add(
    [toSortedVector([3, 5], [0.6, 0.8]), toSortedVector([], [])],
    toSortedVector([], []),
    0,
  );
  assert.deepEqual(second, [3]);

  assert.deepEqual(entries(story.centroid(0)), [
    [1, 0.6],
    [3, 0.6],
    [5, 1.6],
  ]);
  assert.deepEqual(entries(story.centroid(1)), [[9, 1]]);
  assert.ok(Math.abs(story.squaredNorm(0) - (0.36 + 0.36 + 2.56)) < 1e-12);
  assert.equal(story.squaredNorm(1), 1);
});

test('StoryVectors keeps the heaviest terms of a centroid once it doubles its limit (ties: the lower id)', () => {
  const story = new StoryVectors(1, { centroidTerms: 2, recentTitles: 0 });
  story.add([toSortedVector([1, 2, 3], [0.5, 0.5, 0.5])], toSortedVector([], []), 0);
  assert.equal(story.centroid(0).length, 3, 'at most twice the limit is kept as it is');
  story.add([toSortedVector([3, 4, 5], [0.9, 0.1, 0.1])], toSortedVector([], []), 0);
  // 5 terms > 2 × 2: keep the two heaviest, 3 (1.4) and then 1 (0.5, lower id than 2).
  assert.deepEqual(entries(story.centroid(0)), [
    [1, 0.5],
    [3, 1.4],
  ]);
  assert.ok(Math.abs(story.squaredNorm(0) - (0.25 + 1.96)) < 1e-12);
});

test('StoryVectors keeps the headlines of the most recent members, oldest first', () => {
  const story = new StoryVectors(1, { centroidTerms: 80, recentTitles: 2 });
  const field = [toSortedVector([1], [1])];
  story.add(field, toSortedVector([10], [1]), 0);
  assert.equal(story.titleCount, 1);
  story.add(field, toSortedVector([], []), 0);
  story.add(field, toSortedVector([20, 30], [0.6, 0.8]), 0);
  assert.equal(story.titleCount, 2);
  assert.deepEqual(entries(story.title(0)), [], 'the first headline has dropped out');
  assert.deepEqual(entries(story.title(1)), [
    [20, 0.6],
    [30, 0.8],
  ]);
  // The centroid is untouched by the headlines around it.
  assert.deepEqual(entries(story.centroid(0)), [[1, 3]]);
});

test('StoryVectors prunes to the same terms as sorting by weight (then id) would, with many tied weights', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let round = 0; round < 20; round++) {
    const keep = 3 + Math.floor(random() * 5);
    const story = new StoryVectors(1, { centroidTerms: keep, recentTitles: 0 });
    const expected = new Map<number, number>();
    for (let member = 0; member < 4; member++) {
      const ids = [...new Set(Array.from({ length: 12 }, () => Math.floor(random() * 40)))];
      // Weights from a few values, so ties are common.
      const weights = ids.map(() => [0.25, 0.5, 0.75][Math.floor(random() * 3)]!);
      story.add([toSortedVector(ids, weights)], toSortedVector([], []), 0);
      for (const [i, id] of ids.entries()) expected.set(id, (expected.get(id) ?? 0) + weights[i]!);
      if (expected.size > 2 * keep) {
        const kept = [...expected].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, keep);
        expected.clear();
        for (const [id, weight] of kept) expected.set(id, weight);
      }
      const want = [...expected].sort((a, b) => a[0] - b[0]);
      assert.deepEqual(entries(story.centroid(0)), want, `round ${round}, member ${member}`);
    }
  }
});
