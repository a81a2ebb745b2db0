import type { Coverage } from './story.ts';
import { wholePercents } from './whole-percents.ts';

/**
 * The headline figure of the bias bar: "45% of the sources are Center", naming the largest side; sides as large
 * follow it ("40% of the sources are Center and 40% Left", "33% of the sources are Center, 33% Left and 33% Right"),
 * so an even split names no side alone. Undefined when no covering outlet is rated.
 */
export function describeBias(coverage: Coverage): string | undefined {
  if (coverage.rated === 0) return undefined;
  const sides = [
    ['Center', 'center'],
    ['Left', 'left'],
    ['Right', 'right'],
  ] as const;
  const most = Math.max(...sides.map(([, key]) => coverage[key]));
  const percents = sidePercents(coverage);
  const [first, ...others] = sides
    .filter(([, key]) => coverage[key] === most)
    .map(([name, key]) => ({ name, percent: percents[key] }));
  const also = others.map((s) => `${s.percent}% ${s.name}`);
  const tail = also.length === 0 ? '' : also.length === 1 ? ` and ${also[0]}` : `, ${also.join(' and ')}`;
  return `${first!.percent}% of the sources are ${first!.name}${tail}`;
}

/**
 * Whole percentages of the rated outlets per side (wholePercents: equal counts alike, otherwise adding up to 100),
 * as the bar, its sentence and the feeds show them.
 */
export function sidePercents(coverage: Coverage): { left: number; center: number; right: number } {
  const [center, left, right] = wholePercents([coverage.center, coverage.left, coverage.right]);
  return { left: left!, center: center!, right: right! };
}
