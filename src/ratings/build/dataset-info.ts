/** Who published a data set, when, and where it can be seen: stamped on every entry read from it. */
export interface DatasetInfo {
  readonly rater: string;
  readonly dataset: string;
  readonly asOf: string;
  /** Used as the entry's source when the row gives no review page of its own. */
  readonly source: string;
}
