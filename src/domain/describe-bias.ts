import type { Coverage } from './story.ts';

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
  const [name, count] = sides.reduce((best, side) => (side[1] > best[1] ? side : best));
  return `${Math.round((100 * count) / coverage.rated)}% of the sources are ${name}`;
}
