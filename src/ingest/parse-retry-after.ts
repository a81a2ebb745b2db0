/**
 * When a Retry-After header (RFC 9110 §10.2.3) says to come back: either delay-seconds or an HTTP-date.
 * Undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: Date): Date | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return new Date(now.getTime() + Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : new Date(Math.max(at, now.getTime()));
}
