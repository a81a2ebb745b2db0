import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bucketOfScore, labelOfScore } from './bias.ts';

test('labelOfScore rounds to the nearest label and halves toward Center on both sides', () => {
  assert.equal(labelOfScore(-1.5), 'lean-left');
  assert.equal(labelOfScore(1.5), 'lean-right');
  assert.equal(labelOfScore(1.6), 'right');
  assert.equal(labelOfScore(-0.5), 'center');
  assert.equal(labelOfScore(0.4), 'center');
  assert.equal(labelOfScore(-3.4), 'far-left');
  assert.equal(labelOfScore(9), 'far-right');
});

test('bucketOfScore: Left below −0.5, Right above +0.5, Center between (DESIGN §3)', () => {
  assert.deepEqual([-0.51, -0.5, 0, 0.5, 0.51].map(bucketOfScore), [
    'left',
    'center',
    'center',
    'center',
    'right',
  ]);
});
