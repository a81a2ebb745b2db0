import type { StreamRecord } from './stream-record.ts';

/** A labelled stream cut in two by date: every story whole on one side. */
export interface DateSplit {
  readonly early: StreamRecord[];
  readonly late: StreamRecord[];
}

/**
 * Cuts a timed labelled stream into its earlier and later stories, a validation split carved from training data:
 * stories are ordered by their newest article, the last `lateFraction` of them (rounded up) go to `late`, and
 * both halves keep the stream's order. Undated articles go with their story; a story without any time cannot be
 * placed in time, so the stream is refused.
 */
export function splitByStoryDate(records: readonly StreamRecord[], lateFraction: number): DateSplit {
  if (!(lateFraction > 0 && lateFraction < 1)) {
    throw new Error(`split: the late fraction must lie between 0 and 1, not ${lateFraction}`);
  }
  const newest = new Map<string, number>();
  for (const r of records) {
    const time = r.published === null ? Number.NaN : Date.parse(r.published);
    if (!newest.has(r.story)) newest.set(r.story, Number.NEGATIVE_INFINITY);
    if (!Number.isNaN(time)) newest.set(r.story, Math.max(newest.get(r.story)!, time));
  }
  const untimed = [...newest].filter(([, time]) => time === Number.NEGATIVE_INFINITY);
  if (untimed.length > 0) {
    throw new Error(
      `split: story ${untimed[0]![0]} has no dated article, so the stream cannot be split by date`,
    );
  }
  // Ties (stories ending at the same moment) keep their first appearance's order, so the split is deterministic.
  const order = [...newest].sort((a, b) => a[1] - b[1]).map(([story]) => story);
  const late = new Set(order.slice(Math.floor(order.length * (1 - lateFraction))));
  return {
    early: records.filter((r) => !late.has(r.story)),
    late: records.filter((r) => late.has(r.story)),
  };
}
