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
  /** What the value is about (absent means "bias", the original use). */
  readonly kind?: RaterValueKind;
  /** The data set the value came from (e.g. "mbfc-2026", "allsides-2022", "local"). */
  readonly dataset?: string;
  /** Weight this value had in the blended figure; 0 when it was shown but not used. */
  readonly weight?: number;
  /** Why the value was or was not used, in words (e.g. "superseded by the rater's rating of 2022-11-30"). */
  readonly note?: string;
}

/** The dimension a rater value speaks to. */
export type RaterValueKind = 'bias' | 'factuality' | 'ownership' | 'country' | 'name';

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
  /** Every rater value on record, in every dimension, including values that give no position. */
  readonly raters?: readonly RaterValue[];
}

/** Looks outlets up by id and resolves article URLs to outlets (the ratings registry implements it). */
export interface OutletDirectory {
  get(id: string): Outlet | undefined;
  match(url: string): Outlet | undefined;
  all(): readonly Outlet[];
}
