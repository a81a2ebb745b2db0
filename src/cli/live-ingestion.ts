import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/index.ts';
import { type Logger, type OutletDirectory, silentProgress, systemClock } from '../domain/index.ts';
import { type ClusterEngine, startClusterWriter } from '../pipeline/cluster-writer.ts';
import type { RefreshDueSummary } from '../pipeline/refresh-due.ts';
import { startFeedScheduler } from '../pipeline/start-feed-scheduler.ts';
import { subscribeFeeds } from '../pipeline/subscribe-feeds.ts';
import type { Store } from '../store/index.ts';
import { defaultFeedEntries, readDefaultSources, SOURCE_SETS } from './default-sources.ts';
import { createRefreshDeps } from './refresh-deps.ts';
import { clusterWriterTiming, createStoryEngine } from './story-engine.ts';

/** Meta key set once the default sources were subscribed, so removing every feed later is respected. */
const DEFAULTS_KEY = 'feeds.default_sources_subscribed';

export interface LiveIngestionOptions {
  readonly store: Store;
  readonly config: Config;
  readonly outlets: OutletDirectory;
  readonly logger: Logger;
  /** An engine already restored from the store (the server's), used by the first clustering writer. */
  readonly engine?: ClusterEngine;
  /** Called after every pass over the due feeds. */
  readonly onPass?: (summary: RefreshDueSummary) => void;
  /** Feeds polled at once (default: config fetch.concurrency). */
  readonly concurrency?: number;
  /** Most feeds in a pass (default: 1,000). */
  readonly limit?: number;
}

/** Live ingestion running in this process. */
export interface LiveIngestion {
  /** Cancels the feeds in flight (they stay due), finishes the story refresh in progress, and frees the locks. */
  stop(): Promise<void>;
}

/**
 * Live mode (`serve --live`, `ingest` without --once): every `schedule.tickSeconds` the due feeds are polled,
 * and new or updated articles flow on through the single clustering writer, which is woken as soon as a feed
 * stored some. On a store without feeds, the default sources (`schedule.defaultSources`, "core") are subscribed
 * first, once: after that an empty feed table stays empty.
 */
export async function startLiveIngestion(options: LiveIngestionOptions): Promise<LiveIngestion> {
  const { store, config, outlets, logger } = options;
  await subscribeDefaultsOnce(store, config, outlets, logger);
  const deps = await createRefreshDeps(config, outlets, logger);
  const concurrency = options.concurrency ?? config.fetch.concurrency;
  let ready = options.engine;
  const writer = startClusterWriter(store, {
    createEngine: async () => {
      const engine =
        ready ??
        (await createStoryEngine(store, {
          config,
          outlets,
          logger,
          progress: silentProgress,
          now: systemClock(),
        }));
      ready = undefined;
      return engine;
    },
    logger,
    // Woken as soon as a feed stores articles; the interval catches articles other processes stored.
    ...clusterWriterTiming(config),
  });
  const scheduler = startFeedScheduler(store, deps, {
    intervalMs: config.schedule.tickSeconds * 1000,
    concurrency,
    limit: options.limit ?? 1_000,
    onFeed: (result) => {
      if (result.inserted + result.updated > 0) writer.wake();
    },
    ...(options.onPass && { onPass: options.onPass }),
  });
  logger.info('ingest: live', {
    tick_seconds: config.schedule.tickSeconds,
    concurrency,
  });
  return {
    async stop() {
      await scheduler.stop();
      await writer.stop();
      await deps.fetcher.close();
    },
  };
}

async function subscribeDefaultsOnce(store: Store, config: Config, outlets: OutletDirectory, logger: Logger) {
  const set = config.schedule.defaultSources;
  if (set === 'none' || (await store.feeds.count()) > 0 || (await store.meta.get(DEFAULTS_KEY))) return;
  if (!(SOURCE_SETS as readonly string[]).includes(set)) {
    logger.warn('ingest: unknown schedule.defaultSources; no default feeds subscribed', { set });
    return;
  }
  if (!existsSync(join(config.dataDir, 'sources', 'sources.json'))) {
    logger.warn('ingest: no default sources in the data folder', { data_dir: config.dataDir });
    return;
  }
  const entries = defaultFeedEntries(readDefaultSources(config.dataDir), set);
  const result = await subscribeFeeds(store, entries, { outlets, now: systemClock });
  await store.meta.set(DEFAULTS_KEY, `${set} ${systemClock().toISOString()}`);
  logger.info('ingest: subscribed to the default sources (none were subscribed)', {
    set,
    feeds: result.added,
  });
}
