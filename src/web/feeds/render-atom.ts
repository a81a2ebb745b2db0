import { COVERAGE_NS, coverageElement } from './coverage-namespace.ts';
import type { FeedDocument } from './feed-document.ts';
import { htmlParagraphs, xmlText } from './xml-text.ts';

/** The feed as Atom (RFC 4287), each entry with its coverage in its content and in a parallax:coverage element. */
export function renderAtom(feed: FeedDocument): string {
  const entries = feed.items.map((item) =>
    [
      '<entry>',
      `<id>${xmlText(item.url)}</id>`,
      `<title type="text">${xmlText(item.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlText(item.url)}"/>`,
      `<published>${iso(item.published)}</published>`,
      `<updated>${iso(item.updated)}</updated>`,
      item.summary ? `<summary type="text">${xmlText(item.summary)}</summary>` : '',
      // Atom processors may collapse the white space of text (RFC 4287 §3.1.1.1): paragraphs are HTML.
      `<content type="html">${xmlText(htmlParagraphs(item.text))}</content>`,
      item.blindspot
        ? `<category term="blindspot-${item.blindspot}" label="Blindspot for the ${item.blindspot === 'left' ? 'Left' : 'Right'}"/>`
        : '',
      coverageElement(item.coverage, item.blindspot),
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:parallax="${COVERAGE_NS}">`,
    `<id>${xmlText(feed.feedUrl)}</id>`,
    `<title type="text">${xmlText(feed.title)}</title>`,
    `<subtitle type="text">${xmlText(feed.description)}</subtitle>`,
    `<updated>${iso(feed.updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlText(feed.feedUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(feed.homeUrl)}"/>`,
    `<link rel="describedby" type="text/html" href="${xmlText(feed.aboutUrl)}"/>`,
    '<author><name>Parallax</name></author>',
    '<generator>Parallax</generator>',
    ...entries,
    '</feed>\n',
  ].join('');
}

// Atom dates are RFC 3339.
function iso(value: string): string {
  const time = Date.parse(value);
  return new Date(Number.isNaN(time) ? 0 : time).toISOString();
}
