import type { Command } from 'commander';
import { silentProgress, systemClock } from '../../domain/index.ts';
import { type ClusterWriter, startClusterWriter } from '../../pipeline/cluster-writer.ts';
import {
  EXTRACT_ARTICLE_JOB,
  type ExtractArticleJobData,
  runExtractArticleJob,
} from '../../pipeline/extract-article-job.ts';
import {
  REFRESH_FEED_JOB,
  type RefreshFeedJobData,
  runRefreshFeedJob,
} from '../../pipeline/refresh-feed-job.ts';
import {
  runSaveArticlesJob,
  SAVE_ARTICLES_JOB,
  type SaveArticlesJobData,
} from '../../pipeline/save-articles-job.ts';
import { type FeedDispatcher, startFeedDispatcher } from '../../pipeline/start-feed-dispatcher.ts';
import { createLogger, getConfig, loadOutlets, openConfiguredStore } from '../context.ts';
import { createRefreshDeps } from '../refresh-deps.ts';
import { clusterWriterTiming, createStoryEngine } from '../story-engine.ts';
import { UsageError } from '../usage-error.ts';

interface WorkerOptions {
  concurrency?: string;
  cluster: boolean;
  feeds: boolean;
}

/** `parallax worker`: take jobs from the PostgreSQL queue, and stand for the single clustering writer. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'Run jobs from the queue in PostgreSQL (PARALLAX_DATABASE_URL) until SIGTERM: feed polls (refresh-feed, ' +
        'queued for the due feeds every schedule.tickSeconds by one process at a time, under the lock that ' +
        '`ingest` and `serve --live` also poll under), article pages (extract-article, with fetch.fullText) ' +
        'and save-articles batches; ' +
        'a failed job is retried with backoff, and a job whose worker died runs again after ' +
        'PARALLAX_JOB_TIMEOUT_SECONDS. Unless --no-cluster, also stand for the clustering writer: exactly one ' +
        'process at a time assigns articles to stories, and another takes over within ' +
        'PARALLAX_CLUSTER_INTERVAL_MS when it dies. Env: PARALLAX_WORKER_CONCURRENCY, ' +
        'PARALLAX_JOB_TIMEOUT_SECONDS, PARALLAX_JOB_RETRY_DELAY_SECONDS, PARALLAX_POLL_INTERVAL_MS, ' +
        'PARALLAX_CLUSTER_INTERVAL_MS.',
    )
    .option(
      '--concurrency <n>',
      'jobs of each kind run at once (default: env PARALLAX_WORKER_CONCURRENCY or 4)',
    )
    .option('--no-cluster', 'never become the clustering writer')
    .option('--no-feeds', 'neither queue nor poll feeds nor read pages (save-articles jobs only)')
    .action(async (opts: WorkerOptions) => {
      const config = getConfig();
      if (!config.databaseUrl)
        throw new UsageError(
          'worker: needs PostgreSQL (set PARALLAX_DATABASE_URL); with SQLite run parallax serve',
        );
      const concurrency =
        opts.concurrency === undefined ? config.worker.concurrency : Number(opts.concurrency);
      // The config's value is checked when it is loaded (a whole number above 0); the option's here.
      if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new UsageError(`worker: --concurrency must be a positive integer, got "${opts.concurrency}"`);
      const logger = createLogger();
      const store = await openConfiguredStore(config);
      const outlets = loadOutlets(config);
      const queue = await store.openJobQueue({
        logger,
        maintenanceIntervalSeconds: Math.max(1, Math.min(30, Math.ceil(config.worker.jobTimeoutSeconds / 2))),
      });
      // Every process defines the kinds from its own config: keep the worker settings equal on all machines.
      const timing = {
        timeoutSeconds: config.worker.jobTimeoutSeconds,
        retryDelaySeconds: config.worker.retryDelaySeconds,
      };
      await queue.define([
        { ...SAVE_ARTICLES_JOB, ...timing },
        { ...REFRESH_FEED_JOB, ...timing },
        { ...EXTRACT_ARTICLE_JOB, ...timing },
      ]);
      let writer: ClusterWriter | undefined;
      if (opts.cluster) {
        writer = startClusterWriter(store, {
          logger,
          ...clusterWriterTiming(config),
          // A replayed archive has no articles near the wall clock: restore the window before the newest one.
          createEngine: async () => {
            const latest = Date.parse((await store.articles.latestPublishedAt()) ?? '');
            const now = new Date(Number.isNaN(latest) ? Date.now() : Math.min(latest, Date.now()));
            return createStoryEngine(store, { config, outlets, logger, progress: silentProgress, now });
          },
        });
      }
      const work = { concurrency, pollIntervalMs: config.worker.pollIntervalMs };
      queue.work<SaveArticlesJobData>(SAVE_ARTICLES_JOB.name, work, async (job) => {
        const result = await runSaveArticlesJob(store, job.data);
        logger.info('worker: saved articles', {
          job_id: job.id,
          inserted: result.inserted,
          updated: result.updated,
          unchanged: result.unchanged,
        });
        if (result.inserted + result.updated > 0) writer?.wake();
      });
      const stopping = new AbortController();
      let dispatcher: FeedDispatcher | undefined;
      let closeFetcher = async () => {};
      if (opts.feeds) {
        const deps = await createRefreshDeps(config, outlets, logger);
        closeFetcher = () => deps.fetcher.close();
        // With fetch.fullText, pages are read by extract-article jobs, not inside the feed's poll.
        const deferFullText = async (articleIds: readonly number[]) => {
          for (const articleId of articleIds) {
            const data: ExtractArticleJobData = { articleId };
            await queue.send(EXTRACT_ARTICLE_JOB.name, data, { key: `article:${articleId}` });
          }
        };
        queue.work<RefreshFeedJobData>(REFRESH_FEED_JOB.name, work, async (job) => {
          const result = await runRefreshFeedJob(store, job.data, {
            ...deps,
            deferFullText,
            signal: stopping.signal,
          });
          if (result.inserted + result.updated > 0) writer?.wake();
        });
        queue.work<ExtractArticleJobData>(EXTRACT_ARTICLE_JOB.name, work, async (job) => {
          const outcome = await runExtractArticleJob(store, job.data, { ...deps, signal: stopping.signal });
          if (outcome === 'completed') writer?.wake();
        });
        dispatcher = startFeedDispatcher(store, queue, {
          intervalMs: config.schedule.tickSeconds * 1000,
          limit: 1_000,
          errorLimit: config.schedule.feedErrorLimit,
          now: systemClock,
          logger,
        });
      }
      logger.info('worker: ready', {
        pid: process.pid,
        concurrency,
        cluster: opts.cluster,
        feeds: opts.feeds,
      });
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          logger.info('worker: stopping', { signal });
          // Feeds in flight are cancelled (nothing recorded, they stay due); the other jobs finish.
          stopping.abort();
          void Promise.all([dispatcher?.stop(), queue.stop(), writer?.stop()])
            .then(closeFetcher)
            .then(() => store.close())
            .then(resolve);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
