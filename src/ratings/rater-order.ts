import type { RaterValue } from '../domain/index.ts';
import { compareText } from './compare-text.ts';

const ORDER = ['local', 'mbfc', 'allsides', 'baly', 'kite'];

/** Sorts rater values for display: local first, then MBFC, AllSides, Baly, others by name; newest first within one. */
export function sortRaterValues<T extends RaterValue>(values: readonly T[]): T[] {
  const rank = (rater: string) => {
    const i = ORDER.indexOf(rater);
    return i === -1 ? ORDER.length : i;
  };
  return [...values].sort(
    (a, b) =>
      rank(a.rater) - rank(b.rater) ||
      compareText(a.rater, b.rater) ||
      compareText(b.asOf, a.asOf) ||
      compareText(a.dataset ?? '', b.dataset ?? ''),
  );
}

/** Weight of a rater from config `ratings.weights`; a rater the config does not name weighs 0. */
export function weightOf(weights: Readonly<Record<string, number>>, rater: string): number {
  const w = Object.hasOwn(weights, rater) ? weights[rater] : undefined;
  return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0;
}

/** Why a rater with no weight was left out, in words. */
export function zeroWeightNote(weights: Readonly<Record<string, number>>, rater: string): string {
  return Object.hasOwn(weights, rater)
    ? `rater "${rater}" has weight 0 in ratings.weights`
    : `rater "${rater}" is not in ratings.weights`;
}
