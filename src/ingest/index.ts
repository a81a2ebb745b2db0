export { classifyError, toIngestError } from './classify-error.ts';
export {
  createFetcher,
  DEFAULT_USER_AGENT,
  FEED_ACCEPT,
  PAGE_ACCEPT,
  type FetchedBody,
  type Fetcher,
  type FetcherOptions,
  type FetchRequest,
  type FetchResult,
  type NotModified,
} from './create-fetcher.ts';
export { type DiscoveredFeed, discoverFeeds } from './discover-feeds.ts';
export { IngestError, type IngestErrorDetails } from './ingest-error.ts';
export { type AddressPolicy, isBlockedAddress } from './is-blocked-address.ts';
export { type NextCheckInput, type NextCheckOptions, nextCheckAt } from './next-check-at.ts';
export { decodeText } from './parse/decode-text.ts';
export { type DetectedFormat, detectFormat } from './parse/detect-format.ts';
export type { OpmlFeed } from './parse/opml-feed.ts';
export { type ParseFeedOptions, parseFeed } from './parse/parse-feed.ts';
export { parseOpml } from './parse/parse-opml.ts';
export type { FeedFormat, FeedItem, ParsedFeed } from './parse/parsed-feed.ts';
export { type RenderOpmlOptions, renderOpml } from './parse/render-opml.ts';
