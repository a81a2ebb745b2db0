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
 */
export async function sendCached(
  c: Context,
  cache: ResponseCache | undefined,
  key: string,
  render: () => Rendered | Promise<Rendered>,
  options: { readonly vary?: string } = {},
): Promise<Response> {
  const etag = etagOf(key);
  // no-cache: caches may keep the answer but must revalidate it, which the ETag makes a cheap 304.
  const common: Record<string, string> = { etag, 'cache-control': 'no-cache' };
  if (options.vary) common.vary = options.vary;
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, common);
  let entry: CachedResponse | undefined = cache?.get(key);
  if (!entry) {
    const rendered = await render();
    entry = { ...rendered, body: ENCODER.encode(rendered.body), etag };
    cache?.set(key, entry);
  }
  return c.body(entry.body, 200, { ...entry.headers, ...common, 'content-type': entry.contentType });
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}
