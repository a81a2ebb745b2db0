import type { Blindspot, Coverage } from '../domain/index.ts';

/** Thresholds of the blindspot rule (config.blindspot). */
export interface BlindspotOptions {
  readonly minRatedOutlets: number;
  readonly maxShare: number;
  readonly minOtherShare: number;
  /**
   * Each side's usual share of rated outlets in the pool of sources. When given, a story's shares are first
   * divided by these and renormalised, so that a side with fewer outlets in the pool is not "missing" from every
   * story (on 4,173 UCI stories the raw rule finds 36 blindspots for the Right per one for the Left).
   */
  readonly usualShares?: { readonly left: number; readonly center: number; readonly right: number };
}

/**
 * A story is a blindspot for one side when enough rated outlets cover it, that side's share is at most
 * `maxShare` and the other side's share is at least `minOtherShare` (shares adjusted to the usual ones when
 * `usualShares` is set).
 */
export function detectBlindspot(coverage: Coverage, options: BlindspotOptions): Blindspot {
  if (coverage.rated < options.minRatedOutlets || coverage.rated === 0) return null;
  const { left, right } = adjustedShares(coverage, options.usualShares);
  if (left <= options.maxShare && right >= options.minOtherShare) return 'left';
  if (right <= options.maxShare && left >= options.minOtherShare) return 'right';
  return null;
}

/** A story's L/C/R shares, divided by the usual shares and renormalised when those are given and positive. */
export function adjustedShares(
  coverage: Coverage,
  usual: BlindspotOptions['usualShares'],
): { readonly left: number; readonly center: number; readonly right: number } {
  const { shares } = coverage;
  if (usual === undefined || !(usual.left > 0 && usual.center > 0 && usual.right > 0)) return shares;
  const w = {
    left: shares.left / usual.left,
    center: shares.center / usual.center,
    right: shares.right / usual.right,
  };
  const total = w.left + w.center + w.right;
  if (total === 0) return shares;
  return { left: w.left / total, center: w.center / total, right: w.right / total };
}
