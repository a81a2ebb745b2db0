import type { Coverage } from './story.ts';
import { wholePercents } from './whole-percents.ts';

/**
 * The headline figure of the bias bar: "45% of the sources are Center", naming the largest side
 * (ties go to Center, then Left). Undefined when no covering outlet is rated.
 */
export function describeBias(coverage: Coverage): string | undefined {
  if (coverage.rated === 0) return undefined;
  const sides = [
    ['Center', coverage.center],
    ['Left', coverage.left],
    ['Right', coverage.right],
  ] as const;
  const [name] = sides.reduce((best, side) => (side[1] > best[1] ? side : best));
  const percents = sidePercents(coverage);
  return `${percents[name === 'Center' ? 'center' : name === 'Left' ? 'left' : 'right']}% of the sources are ${name}`;
}

/**
 * Whole percentages of the rated outlets per side, adding up to 100 (wholePercents), as the bar, its sentence and
 * the feeds show them; a point left over on a tie goes to Center, then Left, as the sentence names them.
 */
export function sidePercents(coverage: Coverage): { left: number; center: number; right: number } {
  const [center, left, right] = wholePercents([coverage.center, coverage.left, coverage.right]);
  return { left: left!, center: center!, right: right! };
}
