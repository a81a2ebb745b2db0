import { normalizeHost } from './normalize-host.ts';
import { registrableDomain } from './public-suffix.ts';

/** Where a URL points, as the registry matches it: normalized host and lowercase path with query. */
export interface UrlLocation {
  readonly host: string;
  readonly path: string;
}

const AMP_CACHE = '.cdn.ampproject.org';

/**
 * Locates an article URL for matching; undefined for anything that is not an http(s) URL with a usable host.
 * AMP cache and Google AMP viewer URLs are unwrapped to the publisher's URL. Never throws.
 */
export function locateUrl(input: string): UrlLocation | undefined {
  const url = parseLoosely(input);
  if (!url) return undefined;
  const inner = unwrapAmp(url);
  if (inner && inner !== url) return locateUrl(inner.href);
  const host = normalizeHost(url.hostname);
  if (!host) return undefined;
  return { host, path: (url.pathname + url.search).toLowerCase() };
}

/**
 * The site of a URL: the registered domain of its host (https://news.example.com/a → example.com; an IP address as
 * it is), AMP caches unwrapped. An unrated outlet is known by it. Undefined for what locateUrl refuses.
 */
export function siteOfUrl(input: string): string | undefined {
  const location = locateUrl(input);
  return location && (registrableDomain(location.host) ?? location.host);
}

function parseLoosely(input: unknown): URL | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (text === '' || text.length > 8192) return undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  // "mailto:x@cnn.com" or "javascript:…" name another scheme; "cnn.com:8080/x" is a host with a port.
  if (!hasScheme && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) return undefined;
  const withScheme = hasScheme ? text : `http://${text.replace(/^\/\//, '')}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

// AMP cache: https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path (the path names the origin;
// the subdomain is the origin with "-" for "." and "--" for "-"). Google's viewer: google.com/amp/s/host/path.
function unwrapAmp(url: URL): URL | undefined {
  const host = url.hostname.toLowerCase();
  if (host.endsWith(AMP_CACHE)) {
    const m = /^\/(?:c|v|i|wp|r)\/(?:s\/)?(.+)$/.exec(url.pathname);
    if (m) return parseLoosely(`https://${m[1]}${url.search}`);
    const sub = host.slice(0, -AMP_CACHE.length);
    const origin = sub.replaceAll('--', '\0').replaceAll('-', '.').replaceAll('\0', '-');
    return parseLoosely(`https://${origin}${url.pathname}${url.search}`);
  }
  if (/^(www\.)?google\.[a-z.]+$/.test(host)) {
    const m = /^\/amp\/(?:s\/)?(.+)$/.exec(url.pathname);
    if (m) return parseLoosely(`https://${m[1]}${url.search}`);
  }
  return url;
}
