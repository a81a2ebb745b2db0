import type { Coverage } from './story.ts';
import { wholePercents } from './whole-percents.ts';

/**
 * The headline figure of the bias bar: "45% of the sources are Center", naming the largest side
 * (ties go to Center, then Left). Undefined when no covering outlet is rated.
 */
export function describeBias(coverage: Coverage): string | undefined {
  if (coverage.rated === 0) return undefined;
  const sides = [
    ['Center', 'center'],
    ['Left', 'left'],
    ['Right', 'right'],
  ] as const;
  const [name, key] = sides.reduce((best, side) => (coverage[side[1]] > coverage[best[1]] ? side : best));
  return `${sidePercents(coverage)[key]}% of the sources are ${name}`;
}

/**
 * Whole percentages of the rated outlets per side, adding up to 100 (wholePercents), as the bar, its sentence and
 * the feeds show them; a point left over on a tie goes to Center, then Left, as the sentence names them.
 */
export function sidePercents(coverage: Coverage): { left: number; center: number; right: number } {
  const [center, left, right] = wholePercents([coverage.center, coverage.left, coverage.right]);
  return { left: left!, center: center!, right: right! };
}
