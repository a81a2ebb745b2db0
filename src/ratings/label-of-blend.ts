import { BIAS_LABELS, BIAS_SCORES, type BiasLabel } from '../domain/index.ts';

/**
 * Nearest seven-point label of a blended score, rounding halves toward Center so that −1.5 and +1.5 get
 * mirror labels (Math.round would send −1.5 to Lean Left but +1.5 to Right).
 */
export function labelOfBlend(score: number): BiasLabel {
  const magnitude = Math.min(3, Math.ceil(Math.abs(score) - 0.5));
  const rounded = Math.sign(score) * Math.max(0, magnitude);
  return BIAS_LABELS.find((label) => BIAS_SCORES[label] === rounded) ?? 'center';
}
