import { type StreamRecord, seededRandom, shuffled } from './stream-record.ts';

const DAY_MS = 86_400_000;

/**
 * A stream of days, to measure the clusterer on articles dated by the day (archives, the demo snapshot): every
 * article at midnight UTC of its day (`dayOf`, "2021-06-24"), the day's articles in a seeded random order (a day's
 * articles carry no order of their own). With `periods` > 1, the stream's days are cut into that many consecutive
 * periods laid over one another, each shifted by whole days to start on the first period's first day: a story keeps
 * its real day gaps, and a day holds `periods` times as many stories, other events on related subjects among them,
 * as a busy news day does (the labelled sets hold a handful of stories a day; a real feed list, hundreds).
 */
export function asBusyDays(
  records: readonly StreamRecord[],
  dayOf: (record: StreamRecord) => string,
  periods = 1,
): StreamRecord[] {
  if (records.length === 0) return [];
  const day = (record: StreamRecord) => Math.floor(Date.parse(dayOf(record)) / DAY_MS);
  const days = records.map(day);
  const first = Math.min(...days);
  const length = Math.ceil((Math.max(...days) - first + 1) / periods);
  const byDay = new Map<number, StreamRecord[]>();
  records.forEach((record, i) => {
    const shifted = first + ((days[i]! - first) % length);
    const list = byDay.get(shifted) ?? [];
    list.push({ ...record, published: new Date(shifted * DAY_MS).toISOString() });
    byDay.set(shifted, list);
  });
  const random = seededRandom(20210422 + periods);
  return [...byDay.keys()].sort((a, b) => a - b).flatMap((d) => shuffled(byDay.get(d)!, random));
}
