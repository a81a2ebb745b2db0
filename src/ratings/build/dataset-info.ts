import type { RatingEntry } from '../outlet-record.ts';

/** Who published a data set, when, and where it can be seen: stamped on every entry read from it. */
export interface DatasetInfo {
  readonly rater: string;
  readonly dataset: string;
  readonly asOf: string;
  /** Used as the entry's source when the row gives no review page of its own. */
  readonly source: string;
}

/** A rating entry stamped with the data set's rater, name, date and source; `fields` says what it rates. */
export function entryOf(
  info: DatasetInfo,
  fields: Omit<RatingEntry, 'rater' | 'dataset' | 'asOf' | 'source'>,
): RatingEntry {
  return { rater: info.rater, dataset: info.dataset, asOf: info.asOf, source: info.source, ...fields };
}
