import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreClustering } from './metrics.ts';

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

test('scoreClustering matches a hand-computed mixed example', () => {
  // Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
  // Pairs: true {1-2, 4-5} = 2, predicted 1 + 3 = 4, gold 3 + 1 = 4 → P = R = F = 0.5.
  // BCubed per document (P, R): 1,2: (1, 2/3); 3: (1/3, 1/3); 4,5: (2/3, 1) → P = R = 11/15.
  const score = scoreClustering(['a', 'a', 'a', 'b', 'b'], [1, 1, 2, 2, 2]);
  close(score.pairwise.precision, 0.5);
  close(score.pairwise.recall, 0.5);
  close(score.pairwise.f1, 0.5);
  close(score.bcubed.precision, 11 / 15);
  close(score.bcubed.recall, 11 / 15);
  close(score.bcubed.f1, 11 / 15);
});

test('scoreClustering: all singletons claim no pairs (precision 1) and miss the gold pairs', () => {
  // BCubed recall: (1/2 + 1/2 + 1) / 3 = 2/3; F = 2 * 1 * 2/3 / (5/3) = 0.8.
  const score = scoreClustering(['a', 'a', 'b'], ['x', 'y', 'z']);
  assert.deepEqual(score.pairwise, { precision: 1, recall: 0, f1: 0 });
  close(score.bcubed.precision, 1);
  close(score.bcubed.recall, 2 / 3);
  close(score.bcubed.f1, 0.8);
});

test('scoreClustering: one big cluster has full recall and low precision', () => {
  // Gold {1,2} {3} {4}; predicted all together. Pairs: TP 1 of 6 predicted → P = 1/6, R = 1.
  // BCubed precision: (2/4 + 2/4 + 1/4 + 1/4) / 4 = 3/8.
  const score = scoreClustering(['a', 'a', 'b', 'c'], [7, 7, 7, 7]);
  close(score.pairwise.precision, 1 / 6);
  close(score.pairwise.recall, 1);
  close(score.pairwise.f1, (2 * (1 / 6)) / (1 + 1 / 6));
  close(score.bcubed.precision, 3 / 8);
  close(score.bcubed.recall, 1);
});

test('scoreClustering is perfect on a relabelled copy of gold and rejects length mismatches', () => {
  const score = scoreClustering(['a', 'b', 'a', 'c'], ['2', '9', '2', 'x']);
  assert.deepEqual(score.pairwise, { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(score.bcubed, { precision: 1, recall: 1, f1: 1 });
  assert.throws(() => scoreClustering(['a'], [1, 2]), /cluster: 1 gold labels but 2 predictions/);
});
