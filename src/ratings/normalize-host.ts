import { isIpAddress, isPlatformSuffix, isPublicSuffix } from './public-suffix.ts';

// Prefixes that name a rendering of the same site, not a different publisher: its web, mobile and AMP pages, and
// the hosts that serve its feeds (Kagi Kite lists the Washington Post as feeds.washingtonpost.com).
const VARIANT_PREFIX = /^(www\d*|m|mobile|amp|feeds?\d*|rss)$/;

/**
 * A host as the registry keys it: lowercase, no port, no trailing dots, and without the www/m/mobile/amp and
 * feeds/rss prefixes (www.m.example.com → example.com, feeds.npr.org → npr.org). Undefined when nothing usable is left.
 */
export function normalizeHost(host: string): string | undefined {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.endsWith(']') ? h : undefined;
  h = h.replace(/:\d*$/, '').replace(/\.+$/, '');
  if (h === '' || /[^a-z0-9._-]/.test(h) || h.startsWith('.') || h.includes('..')) return undefined;
  if (isIpAddress(h)) return h;
  for (;;) {
    const dot = h.indexOf('.');
    if (dot === -1 || !VARIANT_PREFIX.test(h.slice(0, dot))) return h;
    const rest = h.slice(dot + 1);
    // www.co.uk stays; www.medium.com is medium.com (a platform is a site of its own too).
    if (isPublicSuffix(rest) && !isPlatformSuffix(rest)) return h;
    h = rest;
  }
}

/** The hosts to try for a normalized host, most specific first, stopping at the registered domain. */
export function hostAndParents(host: string, registered: string | undefined): string[] {
  if (registered === undefined || registered === host) return [host];
  const out = [host];
  let h = host;
  while (h !== registered) {
    h = h.slice(h.indexOf('.') + 1);
    out.push(h);
  }
  return out;
}
