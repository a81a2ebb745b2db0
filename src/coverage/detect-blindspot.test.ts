import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Coverage } from '../domain/index.ts';
import { describeBlindspot, describeBlindspotRule } from './describe-blindspot-rule.ts';
import { adjustedShares, detectBlindspot } from './detect-blindspot.ts';

const coverage = (left: number, center: number, right: number): Coverage => {
  const rated = left + center + right;
  return {
    articles: rated,
    outlets: rated,
    rated,
    unrated: 0,
    left,
    center,
    right,
    shares: { left: left / rated, center: center / rated, right: right / rated },
    factuality: {},
    ownership: {},
  };
};

const OPTIONS = { minRatedOutlets: 5, maxShare: 0.1, minOtherShare: 0.5 };

test('detectBlindspot applies the three thresholds, each at its boundary', () => {
  assert.equal(detectBlindspot(coverage(0, 4, 6), OPTIONS), 'left');
  assert.equal(detectBlindspot(coverage(6, 4, 0), OPTIONS), 'right');
  assert.equal(detectBlindspot(coverage(1, 4, 5), OPTIONS), 'left'); // 10% and 50% are inside
  assert.equal(detectBlindspot(coverage(2, 4, 5), OPTIONS), null); // 18% Left
  assert.equal(detectBlindspot(coverage(0, 6, 4), OPTIONS), null); // Right only 40%
  assert.equal(detectBlindspot(coverage(0, 1, 3), OPTIONS), null); // 4 rated outlets are too few
});

test('describeBlindspotRule explains the rule with the thresholds it is given', () => {
  const rule = describeBlindspotRule({ minRatedOutlets: 6, maxShare: 0.15, minOtherShare: 0.45 });
  assert.ok(rule.includes('at least 6 outlets'));
  assert.ok(rule.includes('15% or less'));
  assert.ok(rule.includes('45% or more'));
  assert.match(rule, /"Blindspot for the Left" marks a story the Right covers/);
});

test('describeBlindspot states the figures behind one blindspot', () => {
  assert.equal(
    describeBlindspot('right', coverage(7, 4, 1)),
    'Blindspot for the Right: 1 of 12 rated outlets (8%) is Right, against 7 (58%) Left.',
  );
  assert.equal(describeBlindspot(null, coverage(7, 4, 1)), undefined);
});

test('with usual shares, a side that is small in the pool is judged against its usual share', () => {
  const usualShares = { left: 0.38, center: 0.42, right: 0.2 };
  // 1 Right of 12 is 8% raw (a blindspot for the Right) but near half its usual share after adjustment.
  const story = coverage(7, 4, 1);
  assert.equal(detectBlindspot(story, OPTIONS), 'right');
  assert.equal(detectBlindspot(story, { ...OPTIONS, usualShares }), null);
  const shares = adjustedShares(story, usualShares);
  assert.ok(Math.abs(shares.left + shares.center + shares.right - 1) < 1e-12);
  assert.ok(shares.right > story.shares.right);
  // No Left at all stays a blindspot for the Left; zero usual shares are ignored.
  assert.equal(detectBlindspot(coverage(0, 3, 5), { ...OPTIONS, usualShares }), 'left');
  assert.deepEqual(adjustedShares(story, { left: 0, center: 0.5, right: 0.5 }), story.shares);
  assert.match(
    describeBlindspotRule({ ...OPTIONS, usualShares }),
    /usual share of the rated sources \(Left 38%, Center 42%, Right 20%\)/,
  );
});
