import { coverageFields, JSON_FEED_EXTENSION } from './coverage-namespace.ts';
import type { FeedDocument } from './feed-document.ts';
import { htmlParagraphs } from './xml-text.ts';

/** The feed as JSON Feed 1.1, each item with its coverage in its content (HTML and text) and in `_parallax`. */
export function renderJsonFeed(feed: FeedDocument): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedUrl,
    description: feed.description,
    language: 'en',
    authors: [{ name: 'Parallax' }],
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      ...(item.summary && { summary: item.summary }),
      // Both forms: readers that show HTML get paragraphs, the others the plain text with its blank lines.
      content_html: htmlParagraphs(item.text),
      content_text: item.text,
      date_published: new Date(Date.parse(item.published) || 0).toISOString(),
      date_modified: new Date(Date.parse(item.updated) || 0).toISOString(),
      ...(item.blindspot && { tags: [`Blindspot for the ${item.blindspot === 'left' ? 'Left' : 'Right'}`] }),
      [JSON_FEED_EXTENSION]: {
        about: feed.aboutUrl,
        coverage: coverageFields(item.coverage, item.blindspot),
      },
    })),
  });
}
