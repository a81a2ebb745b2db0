import { dedupeDrafts, type ExtractedDraft, mergeFullText, needsFullText } from '../extract/index.ts';
import type { StoredFeed, Store } from '../store/index.ts';
import { readArticlePage } from './read-article-page.ts';
import type { RefreshFeedDeps } from './refresh-feed.ts';

/** Drafts to save after the full-text step, and how many were left out as already stored unchanged. */
export interface FullTextResult {
  readonly drafts: readonly ExtractedDraft[];
  readonly unchanged: number;
}

/**
 * Completes title-only drafts with their pages (config.fetch.fullText). Drafts already stored with the same
 * content hash are dropped first, so a page is fetched once per version of an article, not once per poll.
 * A page that cannot be fetched or read leaves the feed's version as it is (a logged fallback, as miniflux does
 * for scraping); the feed itself has not failed.
 */
export async function addFullTexts(
  store: Store,
  feed: StoredFeed,
  drafts: readonly ExtractedDraft[],
  fetchedAt: Date,
  deps: RefreshFeedDeps,
): Promise<FullTextResult> {
  const stored = await store.articles.findVersions(
    feed.id,
    drafts.map((d) => d.guid),
  );
  const changed = drafts.filter((d) => stored.get(d.guid) !== d.contentHash);
  const completed = await Promise.all(
    changed.map((draft) => (needsFullText(draft) ? completeDraft(draft, fetchedAt, deps) : draft)),
  );
  // A page's canonical URL may be one another item already links to.
  return { drafts: dedupeDrafts(completed), unchanged: drafts.length - changed.length };
}

async function completeDraft(
  draft: ExtractedDraft,
  fetchedAt: Date,
  deps: RefreshFeedDeps,
): Promise<ExtractedDraft> {
  const article = await readArticlePage(draft.url, deps, { feed_id: draft.feedId });
  return article ? mergeFullText(draft, article, fetchedAt) : draft;
}
