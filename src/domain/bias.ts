/** Seven-point bias labels on the −3…+3 scale (DESIGN §3). */
export type BiasLabel = 'far-left' | 'left' | 'lean-left' | 'center' | 'lean-right' | 'right' | 'far-right';

/** The three buckets of the bias bar. */
export type BiasBucket = 'left' | 'center' | 'right';

export const BIAS_BUCKETS: readonly BiasBucket[] = ['left', 'center', 'right'];

/** Score of each label on the −3…+3 scale. */
export const BIAS_SCORES: Readonly<Record<BiasLabel, number>> = {
  'far-left': -3,
  left: -2,
  'lean-left': -1,
  center: 0,
  'lean-right': 1,
  right: 2,
  'far-right': 3,
};

export const BIAS_LABELS = Object.keys(BIAS_SCORES) as readonly BiasLabel[];

/** Human names of the labels, as readers know them. */
export const BIAS_LABEL_NAMES: Readonly<Record<BiasLabel, string>> = {
  'far-left': 'Far Left',
  left: 'Left',
  'lean-left': 'Lean Left',
  center: 'Center',
  'lean-right': 'Lean Right',
  right: 'Right',
  'far-right': 'Far Right',
};

/** Bucket of a blended score: Left below −0.5, Right above +0.5, Center between (DESIGN §3). */
export function bucketOfScore(score: number): BiasBucket {
  if (score < -0.5) return 'left';
  if (score > 0.5) return 'right';
  return 'center';
}

/** Nearest seven-point label of a blended score; a score halfway between two labels goes to the one nearer Center. */
export function labelOfScore(score: number): BiasLabel {
  const rounded = Math.max(-3, Math.min(3, Math.sign(score) * Math.ceil(Math.abs(score) - 0.5)));
  return BIAS_LABELS.find((label) => BIAS_SCORES[label] === rounded) ?? 'center';
}

export function isBiasLabel(value: string): value is BiasLabel {
  return Object.hasOwn(BIAS_SCORES, value);
}
