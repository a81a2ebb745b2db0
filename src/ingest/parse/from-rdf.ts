import type { RdfFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from './parsed-feed.ts';
import { resolveUrl } from './resolve-url.ts';
import { syndicationMinutes } from './syndication-minutes.ts';
import { textOfHtml } from './text-of-html.ts';

/** An RDF Site Summary (RSS 0.90/1.0) feed as a ParsedFeed; items carry their rdf:about as guid. */
export function fromRdf(feed: RdfFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const siteUrl = resolveUrl(feed.link, feedUrl);
  const base = siteUrl ?? feedUrl;
  const language = feed.dc?.languages?.[0];
  const ttlMinutes = syndicationMinutes(undefined, feed.sy);
  return {
    format: 'rdf',
    title: textOfHtml(feed.title ?? feed.dc?.titles?.[0]),
    ...(siteUrl ? { siteUrl } : {}),
    ...(language ? { language } : {}),
    ...(ttlMinutes ? { ttlMinutes } : {}),
    items: (feed.items ?? []).map((item) => fromRdfItem(item, base)),
  };
}

function fromRdfItem(item: RdfFeed.Item<string>, base: string): FeedItem {
  const guid = item.rdf?.about;
  const url = resolveUrl(item.link, base) ?? resolveUrl(guid, base);
  const author = item.dc?.creators?.[0];
  const published = item.dc?.dates?.[0] ?? item.dcterms?.created?.[0];
  const updated = item.dcterms?.modified?.[0];
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
