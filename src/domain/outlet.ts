import type { BiasBucket, BiasLabel } from './bias.ts';
import type { FactualityLabel } from './factuality.ts';

/** One rater's verdict on one outlet, kept as the rater stated it. */
export interface RaterValue {
  readonly rater: string;
  /** The rater's own value, unchanged (e.g. MBFC "left-center", AllSides "Lean Left"). */
  readonly value: string;
  /** The value on our scale (−3…+3 for bias), when it maps to one. */
  readonly score?: number;
  readonly asOf: string;
  readonly source: string;
}

/** A blended bias rating with the raters behind it. */
export interface BiasRating {
  readonly score: number;
  readonly label: BiasLabel;
  readonly bucket: BiasBucket;
  readonly raters: readonly RaterValue[];
}

export interface FactualityRating {
  readonly label: FactualityLabel;
  readonly raters: readonly RaterValue[];
}

export interface Ownership {
  readonly owner?: string;
  /** e.g. "Private Media", "State Funded Media", "Public Broadcaster". */
  readonly category?: string;
  readonly raters: readonly RaterValue[];
}

/** A news outlet: a publisher with one or more domains. Unrated is a first-class state. */
export interface Outlet {
  /** Stable slug, usually the main domain (e.g. "nytimes.com"). */
  readonly id: string;
  readonly name: string;
  readonly domains: readonly string[];
  readonly homepage?: string;
  readonly country?: string;
  readonly language?: string;
  readonly bias?: BiasRating;
  readonly factuality?: FactualityRating;
  readonly ownership?: Ownership;
  /** Non-positional MBFC categories such as "questionable" or "satire". */
  readonly flags: readonly string[];
}
