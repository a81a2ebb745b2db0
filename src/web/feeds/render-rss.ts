import { COVERAGE_NS, coverageElement } from './coverage-namespace.ts';
import type { FeedDocument } from './feed-document.ts';
import { htmlParagraphs, xmlText } from './xml-text.ts';

/** The feed as RSS 2.0, each item with its coverage in its description and in a parallax:coverage element. */
export function renderRss(feed: FeedDocument): string {
  const items = feed.items.map((item) =>
    [
      '<item>',
      `<title>${xmlText(item.title)}</title>`,
      `<link>${xmlText(item.url)}</link>`,
      `<guid isPermaLink="true">${xmlText(item.url)}</guid>`,
      `<pubDate>${rfc822(item.updated)}</pubDate>`,
      // RSS readers render an item's description as HTML: text from feeds may read like markup, and paragraphs
      // need their own elements (readers collapse the blank lines between them).
      `<description>${xmlText(htmlParagraphs(item.text))}</description>`,
      item.blindspot
        ? `<category>Blindspot for the ${item.blindspot === 'left' ? 'Left' : 'Right'}</category>`
        : '',
      coverageElement(item.coverage, item.blindspot),
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:parallax="${COVERAGE_NS}">`,
    '<channel>',
    `<title>${xmlText(feed.title)}</title>`,
    `<link>${xmlText(feed.homeUrl)}</link>`,
    `<description>${xmlText(feed.description)}</description>`,
    '<language>en</language>',
    `<lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`,
    `<docs>${xmlText(feed.aboutUrl)}</docs>`,
    `<atom:link href="${xmlText(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>\n',
  ].join('');
}

// RSS 2.0 dates are RFC 822 (with four-digit years); toUTCString gives exactly that form.
function rfc822(iso: string): string {
  const time = Date.parse(iso);
  return new Date(Number.isNaN(time) ? 0 : time).toUTCString();
}
