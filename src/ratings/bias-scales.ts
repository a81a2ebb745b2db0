/** How one rater value reads on the −3…+3 scale. */
export interface BiasReading {
  /** Position on −3…+3; absent when the value is not a position (e.g. AllSides "mixed", MBFC "satire"). */
  readonly score?: number;
  /** For a coarse (3-point) value, the finer scores its class merges; a finer value inside them is confirmed. */
  readonly covers?: readonly number[];
  /** The non-positional category the value stands for, kept as an outlet flag. */
  readonly flag?: string;
}

type Scale = Readonly<Record<string, BiasReading>>;

// MBFC's five political points, plus categories that are not positions (DESIGN §3: these become flags).
const MBFC: Scale = {
  left: { score: -2 },
  'left-center': { score: -1 },
  center: { score: 0 },
  'right-center': { score: 1 },
  right: { score: 2 },
  'fake-news': { flag: 'questionable' },
  questionable: { flag: 'questionable' },
  'conspiracy-pseudoscience': { flag: 'conspiracy-pseudoscience' },
  satire: { flag: 'satire' },
  'pro-science': { flag: 'pro-science' },
};

// AllSides' five points as its lists spell them; "allsides"/"mixed" is AllSides' own "no single position".
const ALLSIDES: Scale = {
  left: { score: -2 },
  'left-center': { score: -1 },
  'lean left': { score: -1 },
  center: { score: 0 },
  'right-center': { score: 1 },
  'lean right': { score: 1 },
  right: { score: 2 },
  allsides: {},
  mixed: {},
};

// AllSides as bucketed by Baly et al. 2020: "left" merges Left and Lean Left (their paper, §3). A 3-point class
// scores at the mean of the points it merges.
const ALLSIDES_3: Scale = {
  left: { score: -1.5, covers: [-2, -1] },
  center: { score: 0, covers: [0] },
  right: { score: 1.5, covers: [1, 2] },
};

// MBFC's 2018 seven points (Baly et al. 2018): the extreme variants are the only source of −3/+3.
const BALY_7: Scale = {
  'extreme-left': { score: -3 },
  left: { score: -2 },
  'left-center': { score: -1 },
  center: { score: 0 },
  'right-center': { score: 1 },
  right: { score: 2 },
  'extreme-right': { score: 3 },
};

// Baly et al. 2020 merged MBFC's seven points into three; on the 751 outlets in both corpora, "left" holds 2018's
// extreme-left and left, "center" left-center…right-center, "right" right and extreme-right.
const BALY_3: Scale = {
  left: { score: -2.5, covers: [-3, -2] },
  center: { score: 0, covers: [-1, 0, 1] },
  right: { score: 2.5, covers: [2, 3] },
};

// Our own seven labels (local overrides) with the spellings people use for them.
const LABELS: Scale = {
  'far-left': { score: -3 },
  'extreme-left': { score: -3 },
  left: { score: -2 },
  'lean-left': { score: -1 },
  'lean left': { score: -1 },
  'left-center': { score: -1 },
  'center-left': { score: -1 },
  center: { score: 0 },
  centre: { score: 0 },
  'least-biased': { score: 0 },
  'lean-right': { score: 1 },
  'lean right': { score: 1 },
  'right-center': { score: 1 },
  'center-right': { score: 1 },
  right: { score: 2 },
  'far-right': { score: 3 },
  'extreme-right': { score: 3 },
};

const SCALES: Readonly<Record<string, Scale>> = {
  'mbfc-2026': MBFC,
  'allsides-2022': ALLSIDES,
  'allsides-2019': ALLSIDES,
  'allsides-roundups': ALLSIDES,
  'allsides-articles': ALLSIDES_3,
  'baly-2018': BALY_7,
  'baly-2020': BALY_3,
  local: LABELS,
};

/** Reads a rater's bias value on our scale; undefined when the data set does not use that word. */
export function readBiasValue(dataset: string, value: string): BiasReading | undefined {
  const scale = SCALES[dataset] ?? LABELS;
  const key = value.trim().toLowerCase();
  return Object.hasOwn(scale, key) ? scale[key] : undefined;
}
