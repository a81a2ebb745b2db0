import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wholePercents } from './whole-percents.ts';

test('wholePercents add up to 100 where rounding each share would not', () => {
  assert.deepEqual(wholePercents([1, 2]), [33, 67]);
  assert.deepEqual(wholePercents([3, 0, 1]), [75, 0, 25]);
  assert.deepEqual(wholePercents([0, 0]), [0, 0]);
  assert.deepEqual(wholePercents([]), []);
  for (const counts of [
    [7, 5, 3],
    [13, 2, 9, 4],
    [1, 1, 2],
    [3, 3, 1, 1, 2],
  ])
    assert.equal(
      wholePercents(counts).reduce((a, b) => a + b, 0),
      100,
      counts.join(','),
    );
});

test('equal counts get equal percentages, rounded to the nearest when the points left over cannot go to them all', () => {
  assert.deepEqual(wholePercents([1, 1, 1]), [33, 33, 33], 'an even split names no side as larger');
  assert.deepEqual(wholePercents([2, 2, 2, 1]), [29, 29, 29, 14]); // 28.6 × 3 and 14.3
  assert.deepEqual(wholePercents([1, 1, 1, 1, 1, 1]), [17, 17, 17, 17, 17, 17]); // 16.7 × 6
  assert.deepEqual(wholePercents([1, 1, 1, 1, 1, 1, 1]), [14, 14, 14, 14, 14, 14, 14]); // 14.3 × 7
  assert.deepEqual(wholePercents([5, 5, 1]), [45, 45, 9]); // 45.5 × 2 and 9.1: the point left goes to neither
});
