import { asBusyDays as asBusyDaysOf } from '../../src/cluster/train/busy-days.ts';
import type { StreamRecord } from './stream-record.ts';

const DAY_MS = 86_400_000;

/**
 * A stream of days (src/cluster/train/busy-days.ts) built from each record's day as `dayOf` gives it ("2021-06-24"):
 * an AllSides article's roundup day, a BASIL article's own day.
 */
export function asBusyDays(
  records: readonly StreamRecord[],
  dayOf: (record: StreamRecord) => string,
  periods = 1,
): StreamRecord[] {
  return asBusyDaysOf(
    records,
    {
      dayOf: (record) => Math.floor(Date.parse(dayOf(record)) / DAY_MS),
      redate: (record, published) => ({ ...record, published }),
    },
    periods,
  );
}
