import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wholePercents } from './whole-percents.ts';

test('wholePercents add up to 100 where rounding each share would not', () => {
  assert.deepEqual(wholePercents([1, 1, 1]), [34, 33, 33]);
  assert.deepEqual(wholePercents([2, 2, 2, 1]), [29, 29, 28, 14]); // 28.6 28.6 28.6 14.3 rounded: 29 29 29 14 = 101
  assert.deepEqual(wholePercents([1, 2]), [33, 67]);
  assert.deepEqual(wholePercents([3, 0, 1]), [75, 0, 25]);
  assert.deepEqual(wholePercents([0, 0]), [0, 0]);
  assert.deepEqual(wholePercents([]), []);
  for (const counts of [
    [7, 5, 3],
    [1, 1, 1, 1, 1, 1, 1],
    [13, 2, 9, 4],
  ])
    assert.equal(
      wholePercents(counts).reduce((a, b) => a + b, 0),
      100,
      counts.join(','),
    );
});
