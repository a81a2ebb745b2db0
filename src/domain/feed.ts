/**
 * Why a feed failed (STYLE: errors at the feed boundary become data). network: DNS, connection, TLS;
 * timeout: connect, headers or body too slow; http: a status the fetcher does not accept (4xx, 5xx, too many
 * redirects); blocked: the URL or its address is refused (scheme, private address); limit: the body is larger
 * than allowed; parse: not a feed we can read; store: saving failed.
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'blocked' | 'limit' | 'parse' | 'store';

export interface FeedError {
  readonly kind: FeedErrorKind;
  readonly message: string;
}

/** A subscribed feed and its health. */
export interface Feed {
  readonly id: number;
  readonly url: string;
  readonly outletId: string | null;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly nextCheckAt: string | null;
  readonly checkedAt: string | null;
  readonly errorCount: number;
  readonly lastError: FeedError | null;
}
