import type { JsonFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from './parsed-feed.ts';
import { resolveUrl } from './resolve-url.ts';
import { escapeHtml } from './text-of-html.ts';

/** A JSON Feed 1.0/1.1 as a ParsedFeed; its titles and summaries are plain text by the spec. */
export function fromJsonFeed(feed: JsonFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const siteUrl = resolveUrl(feed.home_page_url, feedUrl);
  const base = resolveUrl(feed.feed_url, feedUrl) ?? feedUrl;
  const feedAuthor = feed.authors?.[0]?.name;
  return {
    format: 'json',
    title: plain(feed.title),
    ...(siteUrl ? { siteUrl } : {}),
    ...(feed.language ? { language: feed.language } : {}),
    items: (feed.items ?? []).map((item) => fromJsonItem(item, base, feed.language, feedAuthor)),
  };
}

function fromJsonItem(
  item: JsonFeed.Item<string>,
  base: string,
  feedLanguage?: string,
  feedAuthor?: string,
): FeedItem {
  const url = resolveUrl(item.url, base) ?? resolveUrl(item.external_url, base);
  const contentHtml = item.content_html ?? (item.content_text ? paragraphs(item.content_text) : undefined);
  const author = item.authors?.[0]?.name ?? feedAuthor;
  const published = item.date_published ?? item.date_modified;
  const language = item.language ?? feedLanguage;
  // JSON Feed ids may be numbers in the wild; feedsmith turns them into strings.
  const guid = item.id === undefined || item.id === '' ? undefined : String(item.id);
  return {
    ...(guid ? { guid } : {}),
    ...(url ? { url } : {}),
    title: plain(item.title),
    ...(contentHtml ? { contentHtml } : {}),
    ...(item.summary ? { summaryHtml: escapeHtml(item.summary) } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(item.date_modified ? { updated: item.date_modified } : {}),
    ...(language ? { language } : {}),
    baseUrl: url ?? base,
  };
}

function plain(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('\n');
}
