import type { FeedErrorKind } from '../domain/index.ts';

/** Details some failures carry for the scheduler and for people reading the error. */
export interface IngestErrorDetails {
  readonly cause?: unknown;
  /** HTTP status of a refused response. */
  readonly status?: number;
  /** When the server asked us to come back (Retry-After on 429 or 503). */
  readonly retryAfter?: Date;
  /** Feeds an HTML page links to, when a page was given instead of a feed. */
  readonly discovered?: readonly string[];
}

/** A failure inside the ingest stage, tagged with the FeedError kind the feed's health will record. */
export class IngestError extends Error {
  override name = 'IngestError';
  readonly kind: FeedErrorKind;
  readonly status: number | undefined;
  readonly retryAfter: Date | undefined;
  readonly discovered: readonly string[];

  constructor(kind: FeedErrorKind, message: string, details: IngestErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
    this.discovered = details.discovered ?? [];
  }
}
