/**
 * One rater's statement about one outlet, as shipped in data/outlets/outlets.jsonl: the rater's own words, its
 * date and its source. Blending happens at load time, so the choice of raters and weights stays in config.
 */
export interface RatingEntry {
  /** Who rated: "mbfc", "allsides", "baly", "kite" (ownership), "parallax" (curated ownership), "local" (overrides). */
  readonly rater: string;
  /** Which data set of that rater, e.g. "mbfc-2026" or "allsides-2022"; it decides how values are read. */
  readonly dataset: string;
  /** Date of the value (YYYY-MM-DD, or an ISO time for local values). */
  readonly asOf: string;
  /** The review page when the rater gives one, else the data set. */
  readonly source: string;
  readonly bias?: string;
  readonly factuality?: string;
  /** MBFC's reasons for a "questionable" verdict (propaganda, failed-fact-checks, …). */
  readonly reasons?: readonly string[];
  readonly owner?: string;
  readonly ownership?: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly country?: string;
  readonly name?: string;
  readonly note?: string;
  /** A local bias that replaces the blend instead of joining it. */
  readonly replace?: boolean;
}

/** One outlet as shipped: identity, domains, other names, and every rating entry. */
export interface OutletRecord {
  readonly id: string;
  readonly name: string;
  /** Hosts ("bbc.com") or host/path prefixes ("al.com/birmingham"), normalized, main one first. */
  readonly domains: readonly string[];
  /** Other names the outlet is known by (used to match feed-declared origins by name). */
  readonly names?: readonly string[];
  readonly homepage?: string;
  readonly ratings: readonly RatingEntry[];
}
