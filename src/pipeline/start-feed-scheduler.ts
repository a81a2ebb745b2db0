import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../store/index.ts';
import { type RefreshDueDeps, type RefreshDueSummary, refreshDue } from './refresh-due.ts';
import type { RefreshFeedResult } from './refresh-feed.ts';

export interface FeedSchedulerOptions {
  /** Pause between two passes over the due feeds (config.schedule.tickSeconds). */
  readonly intervalMs: number;
  /** Feeds refreshed at once. */
  readonly concurrency: number;
  /** Most feeds per pass. */
  readonly limit: number;
  /** Called as each feed is done (`serve --live` wakes the clustering writer when one stored articles). */
  readonly onFeed?: (result: RefreshFeedResult) => void;
  /** Called after every pass. */
  readonly onPass?: (summary: RefreshDueSummary) => void;
  /** Name of the lock that keeps two processes from polling the same feeds (default "feed-scheduler"). */
  readonly lockName?: string;
}

/** A running scheduler. */
export interface FeedScheduler {
  /** Passes completed. */
  readonly passes: number;
  /** Cancels the pass in progress (its feeds stay due) and resolves once the loop has ended. */
  stop(): Promise<void>;
}

/**
 * Polls the due feeds every `intervalMs`, for `serve --live` and `ingest`. One process at a time polls: on
 * PostgreSQL the others wait for the store's "feed-scheduler" lock (on SQLite it is always granted). A pass never
 * throws (refreshDue); a failing lock check is logged and retried at the next tick. Stopping aborts the fetches
 * in flight without recording them as failures, so nothing is lost: those feeds are simply still due.
 */
export function startFeedScheduler(
  store: Store,
  deps: Omit<RefreshDueDeps, 'signal'>,
  options: FeedSchedulerOptions,
): FeedScheduler {
  const lock = store.createWriterLock(options.lockName ?? 'feed-scheduler');
  const stopping = new AbortController();
  let passes = 0;

  const loop = async () => {
    while (!stopping.signal.aborted) {
      try {
        if ((await lock.check()) || (await lock.tryAcquire())) {
          const summary = await refreshDue(
            store,
            { ...deps, signal: stopping.signal },
            {
              concurrency: options.concurrency,
              limit: options.limit,
              ...(options.onFeed && { onResult: options.onFeed }),
            },
          );
          passes += 1;
          if (summary.feeds > 0) {
            deps.logger.info('ingest: pass done', {
              feeds: summary.feeds,
              ok: summary.ok,
              not_modified: summary.notModified,
              failed: summary.failed,
              inserted: summary.inserted,
              updated: summary.updated,
            });
          }
          options.onPass?.(summary);
        }
      } catch (error) {
        deps.logger.warn('ingest: scheduler lock unavailable', { error: (error as Error).message });
      }
      await sleep(options.intervalMs, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
    await lock.release().catch(() => undefined);
  };

  const done = loop();
  return {
    get passes() {
      return passes;
    },
    async stop() {
      stopping.abort();
      await done;
    },
  };
}
