import { type Progress, silentProgress } from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { type RefreshFeedDeps, type RefreshFeedResult, refreshFeed } from './refresh-feed.ts';
import { runPool } from './run-pool.ts';

/** refreshFeed's dependencies, plus the error limit past which a feed is no longer polled. */
export interface RefreshDueDeps extends RefreshFeedDeps {
  readonly config: RefreshFeedDeps['config'] & {
    readonly schedule: RefreshFeedDeps['config']['schedule'] & { readonly feedErrorLimit: number };
  };
}

export interface RefreshDueOptions {
  /** Feeds refreshed at once (the fetcher also limits requests per host). */
  readonly concurrency: number;
  /** Most feeds taken in this pass, the longest-waiting first. */
  readonly limit: number;
  readonly progress?: Progress;
  /** Called as each feed is done (the scheduler wakes the clustering writer when one stored articles). */
  readonly onResult?: (result: RefreshFeedResult) => void;
}

/** What one pass over the due feeds did. */
export interface RefreshDueSummary {
  readonly feeds: number;
  readonly ok: number;
  readonly notModified: number;
  readonly failed: number;
  /** Feeds not refreshed: cancelled by the signal, or removed meanwhile. */
  readonly skipped: number;
  readonly inserted: number;
  readonly updated: number;
  readonly results: readonly RefreshFeedResult[];
  /** Set when the due feeds could not even be listed (the store is unreachable). */
  readonly error?: string;
}

/**
 * Refreshes every feed due at `deps.now()` (active, under `schedule.feedErrorLimit` consecutive failures), at
 * most `concurrency` at once. A failing feed never stops the others, and this never throws (STYLE: batch entry
 * points return a result set): a feed whose refresh could not even be recorded counts as failed, with a store
 * error. Aborting `deps.signal` stops starting feeds; the ones running are cancelled.
 */
export async function refreshDue(
  store: Store,
  deps: RefreshDueDeps,
  options: RefreshDueOptions,
): Promise<RefreshDueSummary> {
  const progress = options.progress ?? silentProgress;
  let due: Awaited<ReturnType<Store['feeds']['listDue']>>;
  try {
    due = await store.feeds.listDue(deps.now().toISOString(), {
      limit: options.limit,
      errorLimit: deps.config.schedule.feedErrorLimit,
    });
  } catch (error) {
    deps.logger.error('feeds: cannot list the due feeds', { error: (error as Error).message });
    return { ...summarize([]), error: (error as Error).message };
  }
  const results: RefreshFeedResult[] = [];
  progress.start(due.length, 'feeds');
  await runPool(
    due,
    options.concurrency,
    async (feed) => {
      const result = await refreshSafely(store, feed.id, deps);
      results.push(result);
      progress.increment();
      options.onResult?.(result);
    },
    deps.signal,
  );
  progress.stop();
  return summarize(results);
}

async function refreshSafely(
  store: Store,
  feedId: number,
  deps: RefreshFeedDeps,
): Promise<RefreshFeedResult> {
  try {
    return await refreshFeed(store, feedId, deps);
  } catch (error) {
    // The kind says "store"; a display prints "store: <message>".
    const message = (error as Error).message;
    deps.logger.error('feed: refresh not recorded', { feed_id: feedId, error: message });
    return {
      feedId,
      status: 'failed',
      inserted: 0,
      updated: 0,
      unchanged: 0,
      changedIds: [],
      error: { kind: 'store', message },
    };
  }
}

function summarize(results: readonly RefreshFeedResult[]): RefreshDueSummary {
  const count = (status: RefreshFeedResult['status']) => results.filter((r) => r.status === status).length;
  return {
    feeds: results.length,
    ok: count('ok'),
    notModified: count('not-modified'),
    failed: count('failed'),
    skipped: count('cancelled') + count('missing'),
    inserted: results.reduce((n, r) => n + r.inserted, 0),
    updated: results.reduce((n, r) => n + r.updated, 0),
    results,
  };
}
