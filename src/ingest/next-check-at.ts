import { MAX_RETRY_AFTER_MS } from './parse-retry-after.ts';

/** What is known after one refresh of a feed. */
export interface NextCheckInput {
  readonly now: Date;
  /** Consecutive failures counting this refresh; 0 after a success (or a 304). */
  readonly errorCount: number;
  /** The feed's own polling hint: RSS <ttl> or sy:updatePeriod/updateFrequency, in minutes. */
  readonly ttlMinutes?: number | undefined;
  /** Freshness the server gave (Cache-Control max-age or Expires). */
  readonly maxAgeSeconds?: number | undefined;
  /** Retry-After of a 429 or 503. */
  readonly retryAfter?: Date | undefined;
}

/** The scheduler's settings (config.schedule). */
export interface NextCheckOptions {
  readonly intervalMinutes: number;
  readonly maxIntervalMinutes: number;
}

/**
 * When to poll a feed next. The wait is the usual interval, doubled for each consecutive failure after the
 * first (exponential backoff); never shorter than the feed's TTL or the response's freshness lifetime; capped
 * at `maxIntervalMinutes`; and never before a Retry-After date (up to a week away).
 */
export function nextCheckAt(input: NextCheckInput, options: NextCheckOptions): Date {
  const base = Math.max(1, options.intervalMinutes);
  const cap = Math.max(base, options.maxIntervalMinutes);
  const backoff = input.errorCount > 0 ? base * 2 ** Math.min(input.errorCount - 1, 30) : base;
  const politeFloor = Math.max(input.ttlMinutes ?? 0, (input.maxAgeSeconds ?? 0) / 60);
  const minutes = Math.min(cap, Math.max(backoff, politeFloor));
  let at = input.now.getTime() + minutes * 60_000;
  if (input.retryAfter) {
    const asked = Math.min(input.retryAfter.getTime(), input.now.getTime() + MAX_RETRY_AFTER_MS);
    at = Math.max(at, asked);
  }
  return new Date(at);
}
