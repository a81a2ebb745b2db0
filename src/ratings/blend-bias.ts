import { type BiasRating, bucketOfScore, type RaterValue } from '../domain/index.ts';
import { labelOfBlend } from './label-of-blend.ts';
import { sortRaterValues, weightOf, zeroWeightNote } from './rater-order.ts';
import { compareText } from './compare-text.ts';

/** One bias value with what blending needs to know beyond the RaterValue. */
export interface BiasInput {
  readonly value: RaterValue;
  /** For a coarse value: the finer scores its class merges. */
  readonly covers?: readonly number[];
  /** Non-positional category (MBFC "satire", …). */
  readonly flag?: string;
  /** A local value that replaces the blend. */
  readonly replace?: boolean;
}

/** The blended rating (absent when no weighted rater gives a position) and every value, annotated. */
export interface BiasBlend {
  readonly rating?: BiasRating;
  readonly values: readonly RaterValue[];
}

/**
 * Blends bias as the weighted mean of the raters that give a position (DESIGN §3). Each rater speaks once, with
 * its latest value; a newer coarse (3-point) value that agrees with an older finer one confirms it instead of
 * replacing it; Baly et al.'s labels (MBFC's of 2018/2020) count only where MBFC's current rating gives no
 * position. A local value marked `replace` is the whole blend. Unrated stays unrated: no position, no rating.
 */
export function blendBias(
  inputs: readonly BiasInput[],
  weights: Readonly<Record<string, number>>,
): BiasBlend {
  const chosen = new Map<BiasInput, string | undefined>();
  const notes = new Map<BiasInput, string>();
  for (const group of groupByRater(inputs).values()) {
    const { used, others } = pickRaterValue(group);
    for (const [input, note] of others) notes.set(input, note);
    if (used) chosen.set(used, undefined);
  }
  const hard = [...chosen.keys()].find((i) => i.replace && weightOf(weights, i.value.rater) > 0);
  if (hard) {
    for (const input of chosen.keys()) if (input !== hard) notes.set(input, 'replaced by the local override');
    chosen.clear();
    chosen.set(hard, undefined);
  } else {
    dropEarlierLabels(chosen, notes, weights);
  }
  let sum = 0;
  let total = 0;
  const values = inputs.map((input): RaterValue => {
    const w = weightOf(weights, input.value.rater);
    if (chosen.has(input) && w > 0 && input.value.score !== undefined) {
      sum += w * input.value.score;
      total += w;
      return {
        ...input.value,
        weight: w,
        ...(input.replace ? { note: 'local override replaces the blend' } : {}),
      };
    }
    const why =
      notes.get(input) ?? (chosen.has(input) ? zeroWeightNote(weights, input.value.rater) : undefined);
    const note = [input.value.note, why].filter(Boolean).join('; ');
    return { ...input.value, weight: 0, ...(note ? { note } : {}) };
  });
  const sorted = sortRaterValues(values);
  if (total === 0) return { values: sorted };
  const score = Math.round((sum / total) * 100) / 100;
  const rating: BiasRating = {
    score,
    label: labelOfBlend(sum / total),
    bucket: bucketOfScore(sum / total),
    raters: sorted,
  };
  return { rating, values: sorted };
}

// Raters whose values are another rater's earlier labels: Baly et al. took theirs from MBFC in 2018 and 2020.
// Counting both would count MBFC twice; the earlier label stands in only where MBFC's current one gives no
// position (its "questionable" category hides the lean that MBFC's 2018 label still shows).
const EARLIER_LABELS_OF: Readonly<Record<string, { rater: string; name: string }>> = {
  baly: { rater: 'mbfc', name: 'MBFC' },
};

function dropEarlierLabels(
  chosen: Map<BiasInput, string | undefined>,
  notes: Map<BiasInput, string>,
  weights: Readonly<Record<string, number>>,
): void {
  const positioned = new Set(
    [...chosen.keys()]
      .filter((i) => i.value.score !== undefined && weightOf(weights, i.value.rater) > 0)
      .map((i) => i.value.rater),
  );
  for (const input of [...chosen.keys()]) {
    const origin = EARLIER_LABELS_OF[input.value.rater];
    if (origin === undefined || !positioned.has(origin.rater)) continue;
    chosen.delete(input);
    notes.set(
      input,
      `${origin.name}'s own label of ${input.value.asOf}; ${origin.name}'s current rating is used instead`,
    );
  }
}

function groupByRater(inputs: readonly BiasInput[]): Map<string, BiasInput[]> {
  const groups = new Map<string, BiasInput[]>();
  for (const input of inputs) {
    const group = groups.get(input.value.rater);
    if (group) group.push(input);
    else groups.set(input.value.rater, [input]);
  }
  return groups;
}

/** The value a rater speaks with (latest; a confirmed finer one), and a note for each value left out. */
function pickRaterValue(group: readonly BiasInput[]): {
  used: BiasInput | undefined;
  others: [BiasInput, string][];
} {
  const newestFirst = [...group].sort(
    (a, b) => compareText(b.value.asOf, a.value.asOf) || Number(!!a.covers) - Number(!!b.covers),
  );
  const current = newestFirst[0]!;
  let used: BiasInput | undefined = current;
  const others: [BiasInput, string][] = [];
  if (current.value.score === undefined) {
    used = undefined;
    others.push([current, current.flag ? `not a position: flagged "${current.flag}"` : 'not a position']);
  } else if (current.covers) {
    const finer = newestFirst.find((i) => !i.covers && i.value.score !== undefined);
    if (finer && current.covers.includes(finer.value.score!)) {
      used = finer;
      others.push([current, `confirms the finer rating of ${finer.value.asOf}, which stands for it`]);
    }
  }
  const latest = current.value.asOf;
  for (const input of newestFirst) {
    if (input === used || input === current) continue;
    others.push([input, `superseded by the rater's rating of ${latest}`]);
  }
  return { used, others };
}
