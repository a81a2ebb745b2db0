import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dotRange, sharedRange, toSortedVector, weightOf } from './sorted-vector.ts';

/** The dot product the plain way: every term of the run, absent ones adding zero, in the run's order. */
function plainDot(vector: ReturnType<typeof toSortedVector>, ids: Int32Array, weights: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < ids.length; i++) sum += weightOf(vector, ids[i]!) * weights[i]!;
  return sum;
}

test('dotRange equals the plain sum to the last bit, whichever side runs out first', () => {
  const ids = Int32Array.from([1, 3, 32, 35, 41, 64, 70, 71, 5000, 5001, 95_000, 200_000]);
  const weights = Float64Array.from(ids, (_, i) => 0.1 + i / 7);
  const vectors = [
    toSortedVector([3, 70, 5000], [0.5, 0.25, 0.125]),
    toSortedVector([0, 2, 3, 41, 95_000, 300_000], [0.3, 0.1, 0.75, 0.3, 0.2, 0.9]),
    toSortedVector([200_000], [1]),
    toSortedVector([0], [1]),
    toSortedVector([], []),
  ];
  for (const vector of vectors) {
    assert.equal(dotRange(vector, ids, weights, 0, ids.length), plainDot(vector, ids, weights));
    const part = plainDot(vector, ids.subarray(2, 9), weights.subarray(2, 9));
    assert.equal(dotRange(vector, ids, weights, 2, 9), part);
  }
  assert.equal(dotRange(vectors[0]!, ids, weights, 4, 4), 0, 'an empty run');
});

test('sharedRange counts the run ids the vector holds with a weight', () => {
  const vector = toSortedVector([3, 41, 95_000, 300_000, 7], [0.75, 0, 0.2, 0.9, 0.1]);
  const ids = Int32Array.from([1, 3, 7, 41, 64, 95_000]);
  assert.equal(sharedRange(vector, ids, 0, ids.length), 3, '3, 7 and 95000; 41 has no weight');
  assert.equal(sharedRange(vector, ids, 2, 4), 1);
  assert.equal(sharedRange(toSortedVector([], []), ids, 0, ids.length), 0);
});
