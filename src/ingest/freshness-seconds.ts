/** The caching headers of a response that bear on when to poll again. */
export interface CacheHeaders {
  readonly cacheControl?: string | undefined;
  readonly expires?: string | undefined;
  readonly date?: string | undefined;
}

/**
 * How long the response says it stays fresh, in seconds (RFC 9111 §4.2.1): Cache-Control max-age, else
 * Expires minus Date. Undefined when neither is given; 0 for no-cache, no-store or an Expires in the past.
 * s-maxage is for shared caches and is ignored, as we are a private client.
 */
export function freshnessSeconds(headers: CacheHeaders): number | undefined {
  const directives = (headers.cacheControl ?? '').toLowerCase().split(',');
  let maxAge: number | undefined;
  for (const directive of directives) {
    const [name = '', value] = directive.trim().split('=', 2);
    if (name === 'no-store' || name === 'no-cache') return 0;
    if (name === 'max-age' && value !== undefined) {
      const seconds = Number(value.replace(/"/g, ''));
      if (Number.isFinite(seconds) && seconds >= 0) maxAge = Math.floor(seconds);
    }
  }
  if (maxAge !== undefined) return maxAge;
  if (!headers.expires) return undefined;
  const expires = Date.parse(headers.expires);
  // An invalid Expires means "already expired" (RFC 9111 §5.3).
  if (Number.isNaN(expires)) return 0;
  const date = headers.date ? Date.parse(headers.date) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.floor((expires - date) / 1000));
}
