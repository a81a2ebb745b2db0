import { coverageFields, JSON_FEED_EXTENSION } from './coverage-namespace.ts';
import type { FeedDocument } from './feed-document.ts';

/** The feed as JSON Feed 1.1, each item with its coverage in content_text and in the `_parallax` extension. */
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
