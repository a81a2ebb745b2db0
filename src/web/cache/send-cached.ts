import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { CachedResponse, ResponseCache } from './response-cache.ts';

export interface Rendered {
  readonly body: string;
  readonly contentType: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const ENCODER = new TextEncoder();

/** The strong ETag of a cache key: the key names every version the body depends on. */
export function etagOf(key: string): string {
  return `"${createHash('sha1').update(key).digest('base64url').slice(0, 22)}"`;
}

/**
 * Answers with the response cached under `key`, rendering it only on a miss, or with 304 Not Modified when the
 * request's If-None-Match names its ETag (RFC 9110 §13.1.2: weak comparison, "*" matches any).
 *
 * With `lastModified`, the answer also has a Last-Modified: when this server built the body now under `key`, which
 * is no earlier than the last change of what it shows (the key names every version the body depends on), and an
 * If-Modified-Since no earlier than that is a 304 when the request has no If-None-Match (RFC 9110 §13.2.2). The
 * dates the body states (a story's update, a feed's newest item) would not do: a story retitled or joined by an
 * older article, or an older story entering a list, changes the body without a newer date. An entry evicted or
 * built by another worker only dates the body later, which costs a 200, never a stale 304.
 */
export async function sendCached(
  c: Context,
  cache: ResponseCache | undefined,
  key: string,
  render: () => Rendered | Promise<Rendered>,
  options: { readonly vary?: string; readonly lastModified?: boolean } = {},
): Promise<Response> {
  const etag = etagOf(key);
  // no-cache: caches may keep the answer but must revalidate it, which the ETag makes a cheap 304.
  const common: Record<string, string> = { etag, 'cache-control': 'no-cache' };
  if (options.vary) common.vary = options.vary;
  const ifNoneMatch = c.req.header('if-none-match');
  if (matchesEtag(ifNoneMatch, etag)) return c.body(null, 304, common);
  let entry: CachedResponse | undefined = cache?.get(key);
  if (!entry) {
    const rendered = await render();
    entry = { ...rendered, body: ENCODER.encode(rendered.body), etag, builtAt: Date.now() };
    cache?.set(key, entry);
  }
  if (options.lastModified) {
    common['last-modified'] = new Date(entry.builtAt).toUTCString();
    if (ifNoneMatch === undefined && notModifiedSince(c.req.header('if-modified-since'), entry.builtAt))
      return c.body(null, 304, common);
  }
  return c.body(entry.body, 200, { ...entry.headers, ...common, 'content-type': entry.contentType });
}

/** Whether an If-Modified-Since header is a valid HTTP-date no earlier than `builtAt` (to the second it states). */
function notModifiedSince(header: string | undefined, builtAt: number): boolean {
  if (header === undefined) return false;
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(builtAt / 1000) * 1000 <= since;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}
