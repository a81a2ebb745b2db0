/** Why a feed failed (STYLE: errors at the feed boundary become data). */
export type FeedErrorKind = 'network' | 'http' | 'parse' | 'store' | 'blocked' | 'limit';

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
