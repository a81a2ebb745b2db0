import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../domain/index.ts';
import type { JobQueue, Store } from '../store/index.ts';
import { dispatchDueFeeds } from './refresh-feed-job.ts';

export interface FeedDispatcherOptions {
  /** Pause between two looks at the due feeds (config.schedule.tickSeconds). */
  readonly intervalMs: number;
  /** Most feeds queued per look. */
  readonly limit: number;
  /** Feeds with this many consecutive failures are no longer polled (config.schedule.feedErrorLimit). */
  readonly errorLimit: number;
  readonly now: () => Date;
  readonly logger: Logger;
}

/** A running dispatcher. */
export interface FeedDispatcher {
  stop(): Promise<void>;
}

/**
 * Queues a refresh-feed job for every due feed, every `intervalMs`, for the workers to share. Every worker runs
 * one; only the holder of the "feed-scheduler" lock queues (the others take over when it dies), and the queue
 * keeps one waiting job per feed. The lock is the one `ingest` and `serve --live` poll under
 * (startFeedScheduler), so a process polling feeds itself and workers never poll the same feeds side by side.
 * Errors are logged and retried.
 */
export function startFeedDispatcher(
  store: Store,
  queue: JobQueue,
  options: FeedDispatcherOptions,
): FeedDispatcher {
  const lock = store.createWriterLock('feed-scheduler');
  const stopping = new AbortController();
  const loop = async () => {
    while (!stopping.signal.aborted) {
      try {
        if ((await lock.check()) || (await lock.tryAcquire())) {
          const queued = await dispatchDueFeeds(store, queue, {
            now: options.now(),
            limit: options.limit,
            errorLimit: options.errorLimit,
          });
          if (queued > 0) options.logger.info('feeds: queued the due feeds', { feeds: queued });
        }
      } catch (error) {
        options.logger.warn('feeds: cannot queue the due feeds', { error: (error as Error).message });
      }
      await sleep(options.intervalMs, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
    await lock.release().catch(() => undefined);
  };
  const done = loop();
  return {
    async stop() {
      stopping.abort();
      await done;
    },
  };
}
