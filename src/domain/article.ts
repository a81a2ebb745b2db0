/** What a parser or importer hands on: one article before it is stored. */
export interface ArticleDraft {
  readonly url: string;
  readonly guid?: string;
  readonly title: string;
  /** First sentences, at most about 320 characters, plain text. */
  readonly lead: string;
  /** Sanitized plain text of the body, when known. */
  readonly text?: string;
  readonly author?: string;
  /** ISO 8601 UTC. */
  readonly publishedAt?: string;
  readonly language?: string;
  readonly outletId?: string;
  readonly feedId?: number;
}

/** A stored article. */
export interface Article {
  readonly id: number;
  readonly url: string;
  readonly guid: string | null;
  readonly feedId: number | null;
  readonly outletId: string | null;
  readonly title: string;
  readonly lead: string;
  readonly author: string | null;
  readonly publishedAt: string;
  readonly fetchedAt: string;
  readonly language: string | null;
  readonly storyId: number | null;
  readonly duplicateOf: number | null;
}
