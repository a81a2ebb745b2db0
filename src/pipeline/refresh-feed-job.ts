import type { JobQueue, JobSpec, Store } from '../store/index.ts';
import { type RefreshFeedDeps, type RefreshFeedResult, refreshFeed } from './refresh-feed.ts';

/**
 * The job kind: poll one feed. One job per feed waits at a time (the dispatcher may offer a feed again while
 * its job is queued). A job is retried only when the store was unreachable: refreshFeed records every other
 * failure on the feed and returns.
 */
export const REFRESH_FEED_JOB = {
  name: 'refresh-feed',
  onePerKey: true,
  retryLimit: 3,
  retryDelaySeconds: 15,
  timeoutSeconds: 180,
} as const satisfies JobSpec;

/** The data of one refresh-feed job. */
export interface RefreshFeedJobData {
  readonly feedId: number;
}

/** Runs one refresh-feed job (idempotent, like refreshFeed itself). */
export function runRefreshFeedJob(
  store: Store,
  data: RefreshFeedJobData,
  deps: RefreshFeedDeps,
): Promise<RefreshFeedResult> {
  if (!Number.isInteger(data.feedId)) throw new Error('refresh-feed: job data has no feedId');
  return refreshFeed(store, data.feedId, deps);
}

/**
 * Sends a refresh-feed job for every feed due at `now` (active, under the error limit), longest-waiting first.
 * Returns how many jobs were queued; a feed whose job is still waiting is not queued twice.
 */
export async function dispatchDueFeeds(
  store: Store,
  queue: JobQueue,
  options: { readonly now: Date; readonly limit: number; readonly errorLimit: number },
): Promise<number> {
  const due = await store.feeds.listDue(options.now.toISOString(), {
    limit: options.limit,
    errorLimit: options.errorLimit,
  });
  let queued = 0;
  for (const feed of due) {
    const data: RefreshFeedJobData = { feedId: feed.id };
    if (await queue.send(REFRESH_FEED_JOB.name, data, { key: `feed:${feed.id}` })) queued += 1;
  }
  return queued;
}
