import type { LabelledArticle } from '../parse-labelled-stream.ts';
import { seededRandom, shuffled } from './seeded-random.ts';

const DAY_MS = 86_400_000;

/** How to read and set the day of one record of a stream. */
export interface DayAccess<T> {
  /** The record's day, in whole days since the epoch (UTC). */
  readonly dayOf: (record: T) => number;
  /** The record dated `iso` (midnight UTC of a day). */
  readonly redate: (record: T, iso: string) => T;
}

/** The day of a timed labelled article (by its publication time), and the article dated another day. */
export const LABELLED_DAYS: DayAccess<LabelledArticle> = {
  dayOf: (a) => Math.floor(Date.parse(a.input.published!) / DAY_MS),
  redate: (a, published) => ({ ...a, input: { ...a.input, published } }),
};

/**
 * A stream of days, for articles dated by the day (archives, the demo snapshot, feeds that give no time of day):
 * every record at midnight UTC of its day, a day's records in a seeded random order (they carry no order of their
 * own). With `periods` > 1, the stream's days are cut into that many consecutive periods laid over one another, each
 * shifted by whole days to start on the first period's first day: a story keeps its real day gaps, and a day holds
 * `periods` times as many stories, other events on related subjects among them, as a busy news day does (the
 * labelled sets hold a handful of stories a day; a real feed list, hundreds).
 */
export function asBusyDays<T>(records: readonly T[], access: DayAccess<T>, periods = 1): T[] {
  if (records.length === 0) return [];
  const days = records.map(access.dayOf);
  const first = Math.min(...days);
  const length = Math.ceil((Math.max(...days) - first + 1) / periods);
  const byDay = new Map<number, T[]>();
  records.forEach((record, i) => {
    const shifted = first + ((days[i]! - first) % length);
    const list = byDay.get(shifted) ?? [];
    list.push(access.redate(record, new Date(shifted * DAY_MS).toISOString()));
    byDay.set(shifted, list);
  });
  const random = seededRandom(20210422 + periods);
  return [...byDay.keys()].sort((a, b) => a - b).flatMap((d) => shuffled(byDay.get(d)!, random));
}
