import type { RssFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from './parsed-feed.ts';
import { resolveUrl } from './resolve-url.ts';
import { syndicationMinutes } from './syndication-minutes.ts';
import { textOfHtml } from './text-of-html.ts';

/** An RSS 0.9x/2.0 feed as a ParsedFeed; relative links resolve against the channel link, then the feed URL. */
export function fromRss(feed: RssFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const siteUrl = resolveUrl(feed.link, feedUrl);
  const base = siteUrl ?? feedUrl;
  const language = feed.language ?? feed.dc?.languages?.[0];
  const ttlMinutes = syndicationMinutes(feed.ttl, feed.sy);
  return {
    format: 'rss',
    title: textOfHtml(feed.title ?? feed.dc?.titles?.[0]),
    ...(siteUrl ? { siteUrl } : {}),
    ...(language ? { language } : {}),
    ...(ttlMinutes ? { ttlMinutes } : {}),
    items: (feed.items ?? []).map((item) => fromRssItem(item, base)),
  };
}

function fromRssItem(item: RssFeed.Item<string>, base: string): FeedItem {
  const guid = item.guid?.value;
  // A guid is a permalink unless it says otherwise (RSS 2.0 spec, <guid> isPermaLink defaults to true).
  const guidLink = guid && item.guid?.isPermaLink !== false ? resolveUrl(guid, base) : undefined;
  const url = resolveUrl(item.link, base) ?? guidLink ?? alternateLink(item.atom?.links, base);
  const person = item.authors?.[0];
  const author = item.dc?.creators?.[0] ?? person?.name ?? person?.email;
  const published = item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.created?.[0];
  const updated = item.atom?.updated ?? item.dcterms?.modified?.[0];
  const language = item.dc?.languages?.[0];
  return {
    ...(guid ? { guid } : {}),
    ...(url ? { url } : {}),
    title: textOfHtml(item.title ?? item.dc?.titles?.[0]),
    ...(item.content?.encoded ? { contentHtml: item.content.encoded } : {}),
    ...(item.description ? { summaryHtml: item.description } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(updated ? { updated } : {}),
    ...(language ? { language } : {}),
    baseUrl: url ?? base,
  };
}

function alternateLink(links: readonly { href?: string; rel?: string }[] | undefined, base: string) {
  const link = links?.find((l) => (l.rel ?? 'alternate') === 'alternate');
  return resolveUrl(link?.href, base);
}
