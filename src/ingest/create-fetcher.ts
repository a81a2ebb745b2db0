import { STATUS_CODES } from 'node:http';
import type { LookupFunction } from 'node:net';
import { Agent, type Dispatcher, request } from 'undici';
import { toIngestError } from './classify-error.ts';
import { freshnessSeconds } from './freshness-seconds.ts';
import { guardLookup } from './guard-lookup.ts';
import { createHostLimiter } from './host-limiter.ts';
import { IngestError } from './ingest-error.ts';
import type { AddressPolicy } from './is-blocked-address.ts';
import { parseFetchableUrl } from './parse-fetchable-url.ts';
import { parseRetryAfter } from './parse-retry-after.ts';
import { formatBytes, readBody } from './read-body.ts';

/** Settings of a fetcher; the defaults match config.fetch. */
export interface FetcherOptions extends Partial<AddressPolicy> {
  readonly userAgent?: string;
  /** Deadline for a whole request, redirects and body included. */
  readonly timeoutMs?: number;
  readonly connectTimeoutMs?: number;
  readonly headersTimeoutMs?: number;
  /** Longest pause between two chunks of a body. */
  readonly bodyTimeoutMs?: number;
  readonly maxBodyBytes?: number;
  readonly maxRedirects?: number;
  readonly perHostConcurrency?: number;
  /** DNS lookup to use instead of the system's (tests simulate DNS with it). */
  readonly lookup?: LookupFunction;
  /** The clock used to read Retry-After delays. */
  readonly now?: () => Date;
}

/** One request: the validators from the last fetch make it conditional. */
export interface FetchRequest {
  readonly etag?: string | null | undefined;
  readonly lastModified?: string | null | undefined;
  readonly accept?: string;
  readonly signal?: AbortSignal;
}

interface FetchOutcome {
  readonly status: number;
  /** The URL asked for and the one that answered after redirects. */
  readonly url: string;
  readonly finalUrl: string;
  /** True when every redirect on the way was permanent (301/308): the feed has moved. */
  readonly permanentRedirect: boolean;
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
  /** Freshness from Cache-Control max-age or Expires, for scheduling. */
  readonly maxAgeSeconds: number | undefined;
}

/** A fetched body, decompressed and within the size cap. */
export interface FetchedBody extends FetchOutcome {
  readonly kind: 'ok';
  readonly body: Uint8Array;
  readonly contentType: string | undefined;
}

/** A 304: nothing changed since the validators were issued. */
export interface NotModified extends FetchOutcome {
  readonly kind: 'not-modified';
}

export type FetchResult = FetchedBody | NotModified;

/** A polite HTTP client for feeds and pages; keep one per process so limits and connections are shared. */
export interface Fetcher {
  /** Fetches `url`; failures throw an IngestError whose kind is the FeedError kind to record. */
  fetchUrl(url: string, request?: FetchRequest): Promise<FetchResult>;
  close(): Promise<void>;
}

export const DEFAULT_USER_AGENT =
  'Parallax/0.1 (+https://github.com/parallax-news/parallax; news aggregator)';
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
/** Accept header for article pages (full-text extraction). */
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * A fetcher with conditional GET, manual redirects (at most `maxRedirects`, loops refused, every hop checked
 * against the address policy), connect/header/body timeouts and an overall deadline, a body cap applied after
 * decompression, and a per-host concurrency limit (STYLE habit 5).
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxBodyBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const now = options.now ?? (() => new Date());
  const policy: AddressPolicy = {
    allowPrivateAddresses: options.allowPrivateAddresses ?? false,
    allowAddresses: options.allowAddresses ?? [],
  };
  const agent = new Agent({
    connect: {
      lookup: guardLookup(policy, options.lookup),
      timeout: options.connectTimeoutMs ?? Math.min(timeoutMs, 10_000),
    },
    headersTimeout: options.headersTimeoutMs ?? timeoutMs,
    bodyTimeout: options.bodyTimeoutMs ?? Math.min(timeoutMs, 15_000),
  });
  const limiter = createHostLimiter(options.perHostConcurrency ?? 2);
  const headersFor = (req: FetchRequest): Record<string, string> => ({
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: req.accept ?? FEED_ACCEPT,
    'accept-encoding': 'gzip, br',
    ...(req.etag ? { 'if-none-match': req.etag } : {}),
    ...(req.lastModified ? { 'if-modified-since': req.lastModified } : {}),
  });

  const fetchOnce = async (url: URL, req: FetchRequest, signal: AbortSignal): Promise<Hop> => {
    const res = await request(url, { dispatcher: agent, method: 'GET', headers: headersFor(req), signal });
    const header = headerReader(res.headers);
    const status = res.statusCode;
    if (REDIRECT_STATUSES.has(status)) {
      await discard(res.body);
      const location = header('location');
      if (!location) throw new IngestError('http', `ingest: HTTP ${status} without a Location`, { status });
      return { kind: 'redirect', status, location };
    }
    const validators = {
      status,
      etag: header('etag'),
      lastModified: header('last-modified'),
      maxAgeSeconds: freshnessSeconds({
        cacheControl: header('cache-control'),
        expires: header('expires'),
        date: header('date'),
      }),
    };
    if (status === 304) {
      await discard(res.body);
      return { kind: 'not-modified', ...validators };
    }
    if (status < 200 || status > 299) {
      await discard(res.body);
      throw httpError(status, parseRetryAfter(header('retry-after'), now()));
    }
    if (Number(header('content-length')) > maxBytes) {
      res.body.destroy();
      throw new IngestError('limit', `ingest: body exceeds ${formatBytes(maxBytes)} (Content-Length)`);
    }
    const contentEncoding = header('content-encoding');
    const body = await readBody(res.body, { contentEncoding, maxBytes, signal });
    return { kind: 'ok', ...validators, body, contentType: header('content-type') };
  };

  return {
    async fetchUrl(raw, req = {}) {
      // The deadline starts when the first request may go out: time spent queued behind other requests to
      // the same host (a slow or hung feed holding its slots) is not this URL's fault.
      let signal: AbortSignal | undefined;
      const startDeadline = (): AbortSignal => {
        const deadline = AbortSignal.timeout(timeoutMs);
        return req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
      };
      try {
        let url = parseFetchableUrl(raw, policy);
        const visited = new Set<string>();
        let permanent = true;
        for (let hops = 0; ; hops += 1) {
          visited.add(url.href);
          const current = url;
          const hop = await limiter.run(current.host, () => {
            signal ??= startDeadline();
            return fetchOnce(current, req, signal);
          });
          if (hop.kind !== 'redirect') {
            return { ...hop, url: raw, finalUrl: url.href, permanentRedirect: hops > 0 && permanent };
          }
          if (hops + 1 > maxRedirects) {
            throw new IngestError('http', `ingest: more than ${maxRedirects} redirects`, {
              status: hop.status,
            });
          }
          url = parseFetchableUrl(hop.location, policy, url.href);
          if (visited.has(url.href))
            throw new IngestError('http', `ingest: redirect loop back to ${url.href}`);
          permanent &&= hop.status === 301 || hop.status === 308;
        }
      } catch (error) {
        if (signal?.aborted && !(error instanceof IngestError) && req.signal?.aborted !== true) {
          throw new IngestError('timeout', `ingest: no complete response within ${timeoutMs / 1000} s`, {
            cause: error,
          });
        }
        throw toIngestError(error) ?? new IngestError('network', `ingest: ${(error as Error).message}`);
      }
    },
    close: () => agent.close(),
  };
}

type Hop =
  | { readonly kind: 'redirect'; readonly status: number; readonly location: string }
  | Omit<FetchedBody, 'url' | 'finalUrl' | 'permanentRedirect'>
  | Omit<NotModified, 'url' | 'finalUrl' | 'permanentRedirect'>;

function headerReader(headers: Dispatcher.ResponseData['headers']) {
  return (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
}

// Reading a little of an unwanted body lets the connection be reused; a large one is cut off.
async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

function httpError(status: number, retryAfter: Date | undefined): IngestError {
  const reason = STATUS_CODES[status] ?? 'Unknown Status';
  const when = retryAfter ? ` (retry after ${retryAfter.toISOString()})` : '';
  return new IngestError('http', `ingest: HTTP ${status} ${reason}${when}`, { status, retryAfter });
}
