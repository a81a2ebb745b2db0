import {
  dedupeDrafts,
  dropPageTemplate,
  type ExtractedArticle,
  type ExtractedDraft,
  mergeFullText,
  needsFullText,
  pageSample,
} from '../extract/index.ts';
import type { StoredFeed, Store } from '../store/index.ts';
import { pageTemplateOf } from './page-template.ts';
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
 * for scraping); the feed itself has not failed. The site's template sentences are left out of the pages.
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
  const read = await Promise.all(
    changed.map(async (draft) => ({
      draft,
      page: needsFullText(draft) ? await readArticlePage(draft.url, deps, { feed_id: feed.id }) : undefined,
    })),
  );
  const pages = read.filter(
    (r): r is { draft: ExtractedDraft; page: ExtractedArticle } => r.page !== undefined,
  );
  const template =
    pages.length > 0
      ? await pageTemplateOf(
          store,
          feed.id,
          pages.map(({ draft, page }) => pageSample({ ...page, title: draft.title })),
          fetchedAt,
        )
      : undefined;
  let cleaned = 0;
  const completed = read.map(({ draft, page }) => {
    if (!page) return draft;
    const clean = template ? dropPageTemplate(page, template.sentences) : page;
    if (clean !== page) cleaned += 1;
    return mergeFullText(draft, clean, fetchedAt);
  });
  if (cleaned > 0 || (template?.learned ?? 0) > 0) {
    deps.logger.info('full text: template sentences left out of pages', {
      feed_id: feed.id,
      pages: cleaned,
      learned: template?.learned ?? 0,
      stored_cleaned: template?.cleanedStored ?? 0,
      known: template?.sentences.size ?? 0,
    });
  }
  // A page's canonical URL may be one another item already links to.
  return { drafts: dedupeDrafts(completed), unchanged: drafts.length - changed.length };
}
