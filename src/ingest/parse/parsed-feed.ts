/** The feed formats we read. */
export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/** One entry of a feed, the same shape whatever the format (STYLE habit 3). */
export interface FeedItem {
  readonly guid?: string;
  /** Absolute http(s) link to the article, resolved against the feed's base. */
  readonly url?: string;
  /** Plain text; markup and entities already resolved. */
  readonly title: string;
  /** The full body as HTML (content:encoded, Atom content, content_html), unsanitized. */
  readonly contentHtml?: string;
  /** The summary as HTML (description, Atom summary, JSON Feed summary), unsanitized. */
  readonly summaryHtml?: string;
  readonly author?: string;
  /** Dates exactly as the feed wrote them; extract.normalizePublished reads them. */
  readonly published?: string;
  readonly updated?: string;
  readonly language?: string;
  /** Base for relative links inside the HTML fields. */
  readonly baseUrl: string;
}

/** A parsed feed: what the pipeline stores about the feed, and its items in document order. */
export interface ParsedFeed {
  readonly format: FeedFormat;
  /** Plain text; empty when the feed has none. */
  readonly title: string;
  readonly siteUrl?: string;
  readonly language?: string;
  /** The feed's polling hint, from RSS <ttl> or the Syndication module. */
  readonly ttlMinutes?: number;
  readonly items: readonly FeedItem[];
}
