import type { Context } from 'hono';
import { HttpError } from './http-error.ts';

/**
 * Refuses a form posted from another site (a cross-site form could otherwise hide outlets or flag articles). Behind
 * a proxy that ends TLS this server sees http:// (and perhaps its own address as the host) where the browser used
 * https://, so the browser's Sec-Fetch-Site decides when it says same-origin, and an Origin is compared by host.
 */
export function checkSameOrigin(c: Context): void {
  const site = c.req.header('sec-fetch-site');
  if (site === 'cross-site') throw new HttpError(403, 'web: cross-site form refused');
  if (site === 'same-origin') return;
  const origin = c.req.header('origin');
  if (origin && origin !== 'null' && hostOf(origin) !== new URL(c.req.url).host)
    throw new HttpError(403, 'web: cross-site form refused');
}

function hostOf(origin: string): string | undefined {
  return URL.canParse(origin) ? new URL(origin).host : undefined;
}
