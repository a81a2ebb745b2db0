import type { FactualityLabel, FactualityRating, RaterValue } from '../domain/index.ts';
import { sortRaterValues, weightOf, zeroWeightNote } from './rater-order.ts';
import { compareText } from './compare-text.ts';

/** One factuality value read as an MBFC level. */
export interface FactualityInput {
  readonly value: RaterValue;
  readonly label: FactualityLabel;
}

/** The chosen factuality (absent when no weighted rater gives one) and every value, annotated. */
export interface FactualityPick {
  readonly rating?: FactualityRating;
  readonly values: readonly RaterValue[];
}

/**
 * Factuality is ordinal, so it is chosen, not averaged: the latest-dated value among raters with weight wins
 * (ties: the heavier rater). MBFC's 2026 file is newer than Baly's 2018/2020 labels, so MBFC decides where it
 * rates; a local override is dated when it is set, so it decides over both.
 */
export function pickFactuality(
  inputs: readonly FactualityInput[],
  weights: Readonly<Record<string, number>>,
): FactualityPick {
  const eligible = inputs.filter((i) => weightOf(weights, i.value.rater) > 0);
  const winner = [...eligible].sort(
    (a, b) =>
      compareText(b.value.asOf, a.value.asOf) ||
      weightOf(weights, b.value.rater) - weightOf(weights, a.value.rater),
  )[0];
  const values = inputs.map((input): RaterValue => {
    if (input === winner) return { ...input.value, weight: weightOf(weights, input.value.rater) };
    const note = !eligible.includes(input)
      ? zeroWeightNote(weights, input.value.rater)
      : input.value.rater === winner?.value.rater
        ? `superseded by the rater's rating of ${winner.value.asOf}`
        : `older than the ${winner?.value.rater} rating of ${winner?.value.asOf}, which is used`;
    return { ...input.value, weight: 0, note };
  });
  const sorted = sortRaterValues(values);
  if (!winner) return { values: sorted };
  return { rating: { label: winner.label, raters: sorted }, values: sorted };
}
