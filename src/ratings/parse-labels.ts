import { BIAS_LABELS, type BiasLabel, FACTUALITY_LABELS, type FactualityLabel } from '../domain/index.ts';
import { readBiasValue } from './bias-scales.ts';
import { readFactualityValue } from './factuality-scales.ts';

/** Spellings accepted for bias labels besides the seven labels themselves. */
export const BIAS_LABEL_ALIASES: readonly string[] = [
  'extreme-left',
  'left-center',
  'center-left',
  'centre',
  'least-biased',
  'right-center',
  'center-right',
  'extreme-right',
];

/** Reads a bias label as a person types it ("Lean Left", "left-center", "far_right"); undefined if unknown. */
export function parseBiasLabel(text: string): BiasLabel | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const score = readBiasValue('local', key)?.score;
  return score === undefined ? undefined : BIAS_LABELS.find((label) => labelScore(label) === score);
}

/** Reads a factuality level as a person types it ("Mostly Factual", "very_high"); undefined if unknown. */
export function parseFactualityLabel(text: string): FactualityLabel | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return readFactualityValue(key) ?? FACTUALITY_LABELS.find((label) => label === key);
}

function labelScore(label: BiasLabel): number | undefined {
  return readBiasValue('local', label)?.score;
}
