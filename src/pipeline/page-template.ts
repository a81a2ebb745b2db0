import {
  dropPageTemplate,
  findTemplateSentences,
  pageSample,
  type TemplateSample,
} from '../extract/index.ts';
import type { Store } from '../store/index.ts';

/** The feed's newest stored bodies read beside the new pages. */
const RECENT_ARTICLES = 20;
/** Pages that must open with one sentence under different headlines before it counts as the site's template. */
const TEMPLATE_MIN_PAGES = 3;

/** The template sentences to leave out of a feed's new pages, how many were found just now, and what they cleaned. */
export interface PageTemplate {
  readonly sentences: ReadonlySet<string>;
  readonly learned: number;
  /** Stored articles of the feed that held a sentence found just now and were cleaned of it. */
  readonly cleanedStored: number;
}

/**
 * The sentences a feed's article pages open with whatever the news ("Sign up for our morning newsletter…", a
 * site description served as every page's summary): those it is known for, and those that open at least three
 * of the new pages and its newest stored bodies under different headlines, which it is known for from now on.
 * Pages are read a few at a time (one per job on a worker), so what one batch finds must last; the stored
 * articles that showed a new sentence are cleaned of it too, and their stories marked for re-synthesis.
 */
export async function pageTemplateOf(
  store: Store,
  feedId: number,
  pages: readonly TemplateSample[],
  now: Date,
): Promise<PageTemplate> {
  const known = await store.feeds.templateSentences(feedId);
  const recent = await store.articles.listRecentOpenings(feedId, RECENT_ARTICLES);
  const found = findTemplateSentences([...recent.map(pageSample), ...pages], TEMPLATE_MIN_PAGES);
  const fresh = [...found].filter((sentence) => !known.includes(sentence));
  const sentences = new Set([...known, ...found]);
  if (fresh.length === 0) return { sentences, learned: 0, cleanedStored: 0 };
  const cleanedStored = await store.transaction(async (trx) => {
    await trx.feeds.addTemplateSentences(feedId, fresh);
    const template = new Set(fresh);
    const cleaned: number[] = [];
    for (const { id } of recent) {
      const state = await trx.articles.getTextState(id);
      if (state?.text === undefined) continue;
      const clean = dropPageTemplate({ lead: state.lead, text: state.text }, template);
      if (clean.text === state.text && clean.lead === state.lead) continue;
      if (await trx.articles.replaceText(id, clean, now.toISOString())) cleaned.push(id);
    }
    if (cleaned.length > 0) await trx.stories.markDirtyForArticles(cleaned);
    return cleaned.length;
  });
  return { sentences, learned: fresh.length, cleanedStored };
}
