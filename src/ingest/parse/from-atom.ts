import type { AtomFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from './parsed-feed.ts';
import { resolveUrl } from './resolve-url.ts';
import { syndicationMinutes } from './syndication-minutes.ts';
import { escapeHtml, textOfHtml } from './text-of-html.ts';

type Links = AtomFeed.Link<string>[] | undefined;

/** An Atom 1.0 (or 0.3) feed as a ParsedFeed; relative links resolve against xml:base, then the feed URL. */
export function fromAtom(feed: AtomFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const feedBase = resolveUrl(feed.xml?.base, feedUrl) ?? feedUrl;
  const siteUrl = alternate(feed.links, feedBase);
  const language = feed.xml?.lang ?? feed.dc?.languages?.[0];
  const ttlMinutes = syndicationMinutes(undefined, feed.sy);
  const feedAuthor = feed.authors?.[0]?.name;
  return {
    format: 'atom',
    title: textOf(feed.title),
    ...(siteUrl ? { siteUrl } : {}),
    ...(language ? { language } : {}),
    ...(ttlMinutes ? { ttlMinutes } : {}),
    items: (feed.entries ?? []).map((entry) => fromEntry(entry, feedBase, feedAuthor)),
  };
}

function fromEntry(entry: AtomFeed.Entry<string>, feedBase: string, feedAuthor?: string): FeedItem {
  const base = resolveUrl(entry.xml?.base, feedBase) ?? feedBase;
  const url = alternate(entry.links, base);
  const contentHtml = htmlOf(entry.content);
  const summaryHtml = htmlOf(entry.summary);
  // An entry without its own author inherits the feed's (RFC 4287 §4.2.1).
  const author = entry.authors?.[0]?.name ?? entry.dc?.creators?.[0] ?? feedAuthor;
  const published = entry.published ?? entry.dc?.dates?.[0] ?? entry.updated;
  const language = entry.xml?.lang;
  return {
    ...(entry.id ? { guid: entry.id } : {}),
    ...(url ? { url } : {}),
    title: textOf(entry.title),
    ...(contentHtml ? { contentHtml } : {}),
    ...(summaryHtml ? { summaryHtml } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(entry.updated ? { updated: entry.updated } : {}),
    ...(language ? { language } : {}),
    baseUrl: url ?? base,
  };
}

/** The link to the page: rel="alternate" (the default rel, RFC 4287 §4.2.7.2), preferring text/html. */
function alternate(links: Links, base: string): string | undefined {
  const alternates = (links ?? []).filter((l) => (l.rel ?? 'alternate') === 'alternate');
  const link = alternates.find((l) => !l.type || /html/i.test(l.type)) ?? alternates[0];
  return resolveUrl(link?.href, base);
}

// Atom text constructs say whether they hold text, HTML or XHTML (RFC 4287 §3.1).
function isMarkup(type: string | undefined): boolean {
  return type === 'html' || type === 'xhtml' || (type?.includes('html') ?? false);
}

function textOf(text: AtomFeed.Text | undefined): string {
  if (!text?.value) return '';
  return isMarkup(text.type) ? textOfHtml(text.value) : text.value.replace(/\s+/g, ' ').trim();
}

function htmlOf(content: AtomFeed.Content | AtomFeed.Text | undefined): string | undefined {
  if (!content?.value) return undefined;
  return isMarkup(content.type) ? content.value : escapeHtml(content.value);
}
