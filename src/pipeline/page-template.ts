import { findTemplateSentences, type TemplateSample } from '../extract/index.ts';
import type { Store } from '../store/index.ts';

/** The feed's newest stored bodies read beside the new pages. */
const RECENT_ARTICLES = 20;
/** Pages that must open with one sentence under different headlines before it counts as the site's template. */
const TEMPLATE_MIN_PAGES = 3;

/** The template sentences to leave out of a feed's new pages, and how many of them were found just now. */
export interface PageTemplate {
  readonly sentences: ReadonlySet<string>;
  readonly learned: number;
}

/**
 * The sentences a feed's article pages open with whatever the news ("Sign up for our morning newsletter…", a
 * site description served as every page's summary): those it is known for, and those that open at least three
 * of the new pages and its newest stored bodies under different headlines, which it is known for from now on.
 * Pages are read a few at a time (one per job on a worker), so what one batch finds must last.
 */
export async function pageTemplateOf(
  store: Store,
  feedId: number,
  pages: readonly TemplateSample[],
): Promise<PageTemplate> {
  const known = await store.feeds.templateSentences(feedId);
  const recent = await store.articles.listRecentOpenings(feedId, RECENT_ARTICLES);
  const found = findTemplateSentences([...recent, ...pages], TEMPLATE_MIN_PAGES);
  const fresh = [...found].filter((sentence) => !known.includes(sentence));
  if (fresh.length > 0) await store.feeds.addTemplateSentences(feedId, fresh);
  return { sentences: new Set([...known, ...found]), learned: fresh.length };
}
