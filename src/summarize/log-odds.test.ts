import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeLogOdds } from './log-odds.ts';

test('computeLogOdds matches Monroe et al.’s weighted log-odds with an informative Dirichlet prior', () => {
  const left = new Map([
    ['tax', 8],
    ['rich', 2],
  ]);
  const right = new Map([
    ['tax', 2],
    ['rich', 8],
  ]);
  const prior = new Map([
    ['tax', 5],
    ['rich', 5],
  ]);
  const [first, second] = computeLogOdds(left, right, prior);
  // δ_tax = log((8+5)/(10+10−8−5)) − log((2+5)/(10+10−2−5)) = log(13/7) − log(7/13); σ² = 1/13 + 1/7
  const delta = Math.log(13 / 7) - Math.log(7 / 13);
  assert.equal(first!.term, 'tax');
  assert.ok(Math.abs(first!.delta - delta) < 1e-12);
  assert.ok(Math.abs(first!.z - delta / Math.sqrt(1 / 13 + 1 / 7)) < 1e-12);
  assert.equal(second!.term, 'rich');
  assert.ok(Math.abs(second!.z + first!.z) < 1e-12);
});

test('computeLogOdds skips terms without prior mass and shrinks rare words towards zero', () => {
  const scores = computeLogOdds(
    new Map([['a', 1]]),
    new Map([['b', 1]]),
    new Map([
      ['a', 1],
      ['b', 1],
      ['c', 0],
    ]),
  );
  assert.deepEqual(
    scores.map((s) => s.term),
    ['a', 'b'],
  );
  const focus = new Map([
    ['x', 3],
    ['y', 7],
  ]);
  const rest = new Map([['y', 10]]);
  const z = (scale: number) =>
    computeLogOdds(
      focus,
      rest,
      new Map([
        ['x', 0.15 * scale],
        ['y', 0.85 * scale],
      ]),
    ).find((s) => s.term === 'x')!.z;
  assert.ok(z(1) > z(100) && z(100) > 0, `${z(1)} ${z(100)}`);
});
