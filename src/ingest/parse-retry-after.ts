/** The longest wait a Retry-After header is taken at: a week (a server asking for years means "not now"). */
export const MAX_RETRY_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * When a Retry-After header (RFC 9110 §10.2.3) says to come back: either delay-seconds or an HTTP-date, at most
 * MAX_RETRY_AFTER_MS away. Undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: Date): Date | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const latest = now.getTime() + MAX_RETRY_AFTER_MS;
  if (/^\d+$/.test(text)) return new Date(Math.min(latest, now.getTime() + Number(text) * 1000));
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : new Date(Math.min(latest, Math.max(at, now.getTime())));
}
