import { dropPageTemplate, needsFullText, pageSample } from '../extract/index.ts';
import type { JobSpec, Store } from '../store/index.ts';
import { pageTemplateOf } from './page-template.ts';
import { type ReadPageDeps, readArticlePage } from './read-article-page.ts';

/**
 * The job kind: read one article's page (fetch.fullText on a worker). refresh-feed stores a title-only item at
 * once and queues this, so a slow or failing outlet site never holds up its feed, and pages are fetched by
 * whichever worker is free. One job per article waits at a time.
 */
export const EXTRACT_ARTICLE_JOB = {
  name: 'extract-article',
  onePerKey: true,
  retryLimit: 3,
  retryDelaySeconds: 30,
  timeoutSeconds: 120,
} as const satisfies JobSpec;

/** The data of one extract-article job. */
export interface ExtractArticleJobData {
  readonly articleId: number;
}

/** What an extract-article job needs: what reading a page needs, and a clock. */
export interface ExtractArticleDeps extends ReadPageDeps {
  readonly now: () => Date;
}

/**
 * Completes one stored article with its page and marks its story for re-synthesis. `skipped`: it has enough
 * text already (or got it from an earlier run); `missing`: deleted meanwhile; `failed`: the page could not be
 * fetched or read, and the article keeps its feed text (logged; the job is not retried for it). Throws only
 * when the store cannot be reached, so that the queue retries the job.
 */
export async function runExtractArticleJob(
  store: Store,
  data: ExtractArticleJobData,
  deps: ExtractArticleDeps,
): Promise<'completed' | 'skipped' | 'missing' | 'failed'> {
  if (!Number.isInteger(data.articleId)) throw new Error('extract-article: job data has no articleId');
  const state = await store.articles.getTextState(data.articleId);
  if (!state) return 'missing';
  if (!needsFullText(state)) return 'skipped';
  const read = await readArticlePage(state.url, deps, { article_id: data.articleId });
  if (!read?.text) return 'failed';
  // The site's template sentences are left out (a page of a feed: its newest bodies show them too).
  const template =
    state.feedId === null
      ? undefined
      : await pageTemplateOf(store, state.feedId, [pageSample({ ...read, title: state.title })], deps.now());
  const page = template ? dropPageTemplate(read, template.sentences) : read;
  const text = page.text;
  const changed = await store.transaction(async (trx) => {
    const saved = await trx.articles.saveFullText(
      data.articleId,
      {
        text,
        lead: state.lead || page.lead,
        ...(page.author && { author: page.author }),
        ...(page.language && { language: page.language }),
      },
      deps.now().toISOString(),
    );
    if (saved) await trx.stories.markDirtyForArticles([data.articleId]);
    return saved;
  });
  if (template && template.learned > 0) {
    deps.logger.info("extract: template sentences found on the feed's pages", {
      feed_id: state.feedId,
      learned: template.learned,
      stored_cleaned: template.cleanedStored,
    });
  }
  if (!changed) return 'skipped';
  deps.logger.info('extract: article completed from its page', {
    article_id: data.articleId,
    article_url: state.url,
    characters: text.length,
    ...(page !== read && { template_sentences_left_out: true }),
  });
  return 'completed';
}
