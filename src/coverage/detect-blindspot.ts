import type { Blindspot, Coverage } from '../domain/index.ts';

export interface BlindspotOptions {
  readonly minRatedOutlets: number;
  readonly maxShare: number;
  readonly minOtherShare: number;
}

/**
 * A story is a blindspot for one side when enough rated outlets cover it, that side's share is at most
 * `maxShare` and the other side's share is at least `minOtherShare`.
 */
export function detectBlindspot(coverage: Coverage, options: BlindspotOptions): Blindspot {
  if (coverage.rated < options.minRatedOutlets) return null;
  const { left, right } = coverage.shares;
  if (left <= options.maxShare && right >= options.minOtherShare) return 'left';
  if (right <= options.maxShare && left >= options.minOtherShare) return 'right';
  return null;
}
