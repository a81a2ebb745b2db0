import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeCoverage } from '../../coverage/index.ts';
import type { Outlet } from '../../domain/index.ts';
import { BiasBar } from './bias-bar.tsx';

// One article from each of `left` Left, `center` Center and `right` Right outlets.
const coverage = (left: number, center: number, right: number) => {
  const sides = { left, center, right };
  const articles = Object.entries(sides).flatMap(([side, n]) =>
    Array.from({ length: n }, (_, i) => ({ outletId: `${side}${i}.example` })),
  );
  const outletOf = (id: string) => ({ id, bias: { bucket: id.replace(/\d.*$/, '') } }) as Outlet;
  return computeCoverage(articles, outletOf);
};

test('BiasBar labels a wide segment with its side and percent, a narrow one with its percent alone', () => {
  // 1 of 8 outlets is 12.5 % (shown 12 %): at 360 px wide, "C 12%" overran its segment into the next.
  const html = String(BiasBar({ coverage: coverage(4, 1, 3) }));
  assert.match(html, />L 50%</);
  assert.match(html, />R 38%</);
  assert.match(html, />12%</);
  assert.doesNotMatch(html, />C 12%</);
  assert.match(html, /aria-label="[^"]*Center[^"]*"/, 'the text alternative still names every side');
});
