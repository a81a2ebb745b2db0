import type { BiasBucket } from '../domain/index.ts';

/** What the timeline needs of one article. */
export interface TimelineArticle {
  readonly publishedAt: string;
  readonly side: BiasBucket | null;
}

export type TimelineGranularity = 'hour' | 'day' | 'week';

/** Articles published in one bucket, by side of their outlet. */
export interface TimelineBucket {
  /** ISO 8601 UTC start of the bucket. */
  readonly start: string;
  readonly left: number;
  readonly center: number;
  readonly right: number;
  readonly unrated: number;
}

/** Coverage over time: consecutive buckets (empty ones included) from the first article to the last. */
export interface Timeline {
  readonly granularity: TimelineGranularity;
  readonly buckets: readonly TimelineBucket[];
  readonly total: number;
}

export interface TimelineOptions {
  /** Force a granularity; by default the finest that keeps at most `maxBuckets` buckets. */
  readonly granularity?: TimelineGranularity;
  /** Default 72. */
  readonly maxBuckets?: number;
}

/**
 * Whether a time (epoch milliseconds) is midnight UTC exactly: a date without a time of day, as a feed or data set
 * that gives days only has it.
 */
export function hasNoTimeOfDay(time: number): boolean {
  return time % 86_400_000 === 0;
}

const STEP_MS: Readonly<Record<TimelineGranularity, number>> = {
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

/**
 * Counts a story's articles per hour, day or week (UTC; weeks start on Monday) and side, choosing the finest
 * granularity that fits the story's span in `maxBuckets` (days at the finest when no article has a time of day).
 * Articles without a valid date are left out.
 */
export function computeTimeline(
  articles: readonly TimelineArticle[],
  options: TimelineOptions = {},
): Timeline {
  const dated = articles
    .map((a) => ({ time: Date.parse(a.publishedAt), side: a.side }))
    .filter((a) => Number.isFinite(a.time));
  if (dated.length === 0) return { granularity: options.granularity ?? 'hour', buckets: [], total: 0 };
  const times = dated.map((a) => a.time);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const maxBuckets = options.maxBuckets ?? 72;
  // Dates without a time of day (every one at midnight UTC: a feed or data set that gives days only) are not
  // counted by hour, which would show them all at 00:00 and 23 empty hours a day.
  const daysOnly = times.every(hasNoTimeOfDay);
  const granularity =
    options.granularity ??
    (daysOnly ? (['day', 'week'] as const) : (['hour', 'day', 'week'] as const)).find(
      (g) => (bucketStart(last, g) - bucketStart(first, g)) / STEP_MS[g] + 1 <= maxBuckets,
    ) ??
    'week';
  const origin = bucketStart(first, granularity);
  const count = Math.round((bucketStart(last, granularity) - origin) / STEP_MS[granularity]) + 1;
  const counts = Array.from({ length: count }, () => ({ left: 0, center: 0, right: 0, unrated: 0 }));
  for (const { time, side } of dated) {
    const index = Math.round((bucketStart(time, granularity) - origin) / STEP_MS[granularity]);
    counts[index]![side ?? 'unrated'] += 1;
  }
  return {
    granularity,
    buckets: counts.map((c, i) => ({
      start: new Date(origin + i * STEP_MS[granularity]).toISOString(),
      ...c,
    })),
    total: dated.length,
  };
}

function bucketStart(time: number, granularity: TimelineGranularity): number {
  if (granularity === 'hour') return Math.floor(time / STEP_MS.hour) * STEP_MS.hour;
  const day = Math.floor(time / STEP_MS.day) * STEP_MS.day;
  if (granularity === 'day') return day;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return day - weekday * STEP_MS.day;
}
