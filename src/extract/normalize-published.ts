import { parseDate } from './parse-date.ts';

/** Clock skew tolerated before a date in the future is treated as wrong. */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;

/** A publication time in UTC, and whether it came from the fetch time rather than the feed. */
export interface PublishedTime {
  readonly publishedAt: string;
  readonly estimated: boolean;
}

/**
 * The publication time to store: the feed's date in UTC; the fetch time when the date is missing or
 * unreadable; and the fetch time too when the date lies further in the future than a small clock skew
 * (a mistyped year, a scheduled post leaking early).
 */
export function normalizePublished(
  raw: string | undefined,
  fetchedAt: Date,
  maxSkewMs = MAX_FUTURE_SKEW_MS,
): PublishedTime {
  const date = parseDate(raw);
  if (!date || date.getTime() > fetchedAt.getTime() + maxSkewMs) {
    return { publishedAt: fetchedAt.toISOString(), estimated: true };
  }
  return { publishedAt: date.toISOString(), estimated: false };
}
