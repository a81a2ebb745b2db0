import type { JobSpec, NewArticle, SaveArticlesResult, Store } from '../store/index.ts';

/** The job kind: a batch of articles to store, sent by an importer or a fetcher on another machine. */
export const SAVE_ARTICLES_JOB = {
  name: 'save-articles',
  retryLimit: 10,
  retryDelaySeconds: 5,
  timeoutSeconds: 300,
} as const satisfies JobSpec;

/** The data of one save-articles job. */
export interface SaveArticlesJobData {
  readonly articles: readonly NewArticle[];
}

/**
 * Stores the articles of one job, a chunk per transaction. Idempotent: articles are keyed by URL (or feed and
 * guid), so a job run again after its worker died mid-way stores the rest and nothing twice.
 */
export async function runSaveArticlesJob(
  store: Store,
  data: SaveArticlesJobData,
  options: { readonly chunkSize?: number; readonly now?: string } = {},
): Promise<SaveArticlesResult> {
  if (!Array.isArray(data.articles)) throw new Error('save-articles: job data has no articles array');
  const chunkSize = options.chunkSize ?? 250;
  const totals = { inserted: 0, updated: 0, unchanged: 0, changedIds: [] as number[] };
  for (let i = 0; i < data.articles.length; i += chunkSize) {
    const chunk = data.articles.slice(i, i + chunkSize);
    const result = await store.transaction((trx) => trx.articles.save(chunk, options.now));
    totals.inserted += result.inserted;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
    totals.changedIds.push(...result.changedIds);
  }
  return totals;
}
