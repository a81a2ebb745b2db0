import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Outlet } from '../domain/index.ts';
import { describeBias, sidePercents } from '../domain/index.ts';
import { computeCoverage } from './compute-coverage.ts';

const outlet = (id: string, bucket?: 'left' | 'center' | 'right'): Outlet => ({
  id,
  name: id,
  domains: [id],
  flags: [],
  ...(bucket && {
    bias: { score: { left: -2, center: 0, right: 2 }[bucket], label: 'center', bucket, raters: [] },
  }),
});

const OUTLETS = new Map(
  [
    outlet('cnn.com', 'left'),
    outlet('reuters.com', 'center'),
    outlet('foxnews.com', 'right'),
    outlet('blog.example'),
  ].map((o) => [o.id, o]),
);

test('computeCoverage counts each outlet once and shares over rated outlets only', () => {
  const coverage = computeCoverage(
    [
      { outletId: 'cnn.com' },
      { outletId: 'cnn.com' },
      { outletId: 'reuters.com' },
      { outletId: 'foxnews.com' },
      { outletId: 'blog.example' },
      { outletId: null },
    ],
    (id) => OUTLETS.get(id),
  );
  assert.equal(coverage.articles, 6);
  assert.equal(coverage.outlets, 5);
  assert.equal(coverage.rated, 3);
  assert.equal(coverage.unrated, 2);
  assert.deepEqual([coverage.left, coverage.center, coverage.right], [1, 1, 1]);
  assert.equal(coverage.shares.left, 1 / 3);
  assert.equal(describeBias(coverage), '33% of the sources are Center, 33% Left and 33% Right');
});

test('describeBias names the largest side and says nothing when nothing is rated', () => {
  const left = computeCoverage([{ outletId: 'cnn.com' }, { outletId: 'reuters.com' }], (id) =>
    OUTLETS.get(id),
  );
  assert.equal(describeBias(left), '50% of the sources are Center and 50% Left');
  const none = computeCoverage([{ outletId: 'blog.example' }], (id) => OUTLETS.get(id));
  assert.equal(none.shares.left, 0);
  assert.equal(describeBias(none), undefined);
});

test('an even split shows equal percentages and names every side as large (a reader audit: "34% … Center" on 1/1/1)', () => {
  const even = computeCoverage(
    [{ outletId: 'cnn.com' }, { outletId: 'reuters.com' }, { outletId: 'foxnews.com' }],
    (id) => OUTLETS.get(id),
  );
  assert.deepEqual(sidePercents(even), { left: 33, center: 33, right: 33 });
  assert.equal(describeBias(even), '33% of the sources are Center, 33% Left and 33% Right');
});
