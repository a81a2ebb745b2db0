import { generateOpml } from 'feedsmith';
import type { OpmlFeed } from './opml-feed.ts';

/** Options of an OPML export. */
export interface RenderOpmlOptions {
  readonly title?: string;
  readonly now?: Date;
}

/** An OPML 2.0 document of the feeds, one folder per category (uncategorized feeds at the top level). */
export function renderOpml(feeds: readonly OpmlFeed[], options: RenderOpmlOptions = {}): string {
  const outlineOf = (feed: OpmlFeed) => ({
    text: feed.title ?? feed.url,
    ...(feed.title ? { title: feed.title } : {}),
    type: 'rss',
    xmlUrl: feed.url,
    ...(feed.siteUrl ? { htmlUrl: feed.siteUrl } : {}),
  });
  const folders = new Map<string, OpmlFeed[]>();
  const loose: OpmlFeed[] = [];
  for (const feed of feeds) {
    if (!feed.category) loose.push(feed);
    else folders.set(feed.category, [...(folders.get(feed.category) ?? []), feed]);
  }
  const outlines = [
    ...loose.map(outlineOf),
    ...[...folders].map(([category, list]) => ({ text: category, outlines: list.map(outlineOf) })),
  ];
  const head = { title: options.title ?? 'Parallax subscriptions', dateCreated: options.now ?? new Date() };
  if (outlines.length > 0) return generateOpml({ head, body: { outlines } });
  // feedsmith refuses a body without outlines ("Invalid input OPML"); no feeds is an empty body.
  return generateOpml({ head, body: { outlines: [{ text: 'none' }] } }).replace(
    /<body>[\s\S]*<\/body>/,
    '<body/>',
  );
}
