import type { Command } from 'commander';
import { silentProgress } from '../../domain/index.ts';
import { type ClusterWriter, startClusterWriter } from '../../pipeline/cluster-writer.ts';
import {
  runSaveArticlesJob,
  SAVE_ARTICLES_JOB,
  type SaveArticlesJobData,
} from '../../pipeline/save-articles-job.ts';
import { createLogger, getConfig, loadOutlets, openConfiguredStore } from '../context.ts';
import { createStoryEngine } from '../story-engine.ts';
import { UsageError } from '../usage-error.ts';

/** `parallax worker`: take jobs from the PostgreSQL queue, and stand for the single clustering writer. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'Run jobs from the queue in PostgreSQL (PARALLAX_DATABASE_URL) until SIGTERM: save-articles batches, ' +
        'retried with backoff when they fail and run again when a worker dies mid-job. Unless --no-cluster, ' +
        'also stand for the clustering writer: exactly one process at a time assigns articles to stories, and ' +
        'another takes over within PARALLAX_CLUSTER_INTERVAL_MS when it dies. Env: PARALLAX_WORKER_CONCURRENCY, ' +
        'PARALLAX_JOB_TIMEOUT_SECONDS, PARALLAX_JOB_RETRY_DELAY_SECONDS, PARALLAX_POLL_INTERVAL_MS, ' +
        'PARALLAX_CLUSTER_INTERVAL_MS.',
    )
    .option('--concurrency <n>', 'jobs run at once (default: env PARALLAX_WORKER_CONCURRENCY or 4)')
    .option('--no-cluster', 'never become the clustering writer')
    .action(async (opts: { concurrency?: string; cluster: boolean }) => {
      const config = getConfig();
      if (!config.databaseUrl)
        throw new UsageError(
          'worker: needs PostgreSQL (set PARALLAX_DATABASE_URL); with SQLite run parallax serve',
        );
      const concurrency =
        opts.concurrency === undefined ? config.worker.concurrency : Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new UsageError(`worker: --concurrency must be a positive integer, got "${opts.concurrency}"`);
      const logger = createLogger();
      const store = await openConfiguredStore(config);
      const queue = await store.openJobQueue({
        logger,
        maintenanceIntervalSeconds: Math.max(1, Math.min(30, Math.ceil(config.worker.jobTimeoutSeconds / 2))),
      });
      // Every process defines the kinds from its own config: keep the worker settings equal on all machines.
      await queue.define([
        {
          ...SAVE_ARTICLES_JOB,
          timeoutSeconds: config.worker.jobTimeoutSeconds,
          retryDelaySeconds: config.worker.retryDelaySeconds,
        },
      ]);
      let writer: ClusterWriter | undefined;
      if (opts.cluster) {
        const outlets = loadOutlets(config);
        writer = startClusterWriter(store, {
          logger,
          intervalMs: config.worker.clusterIntervalMs,
          acquireIntervalMs: config.worker.clusterIntervalMs,
          // A replayed archive has no articles near the wall clock: restore the window before the newest one.
          createEngine: async () => {
            const latest = Date.parse((await store.articles.latestPublishedAt()) ?? '');
            const now = new Date(Number.isNaN(latest) ? Date.now() : Math.min(latest, Date.now()));
            return createStoryEngine(store, { config, outlets, logger, progress: silentProgress, now });
          },
        });
      }
      queue.work<SaveArticlesJobData>(
        SAVE_ARTICLES_JOB.name,
        { concurrency, pollIntervalMs: config.worker.pollIntervalMs },
        async (job) => {
          const result = await runSaveArticlesJob(store, job.data);
          logger.info('worker: saved articles', {
            job_id: job.id,
            inserted: result.inserted,
            updated: result.updated,
            unchanged: result.unchanged,
          });
          if (result.inserted + result.updated > 0) writer?.wake();
        },
      );
      logger.info('worker: ready', { pid: process.pid, concurrency, cluster: opts.cluster });
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          logger.info('worker: stopping', { signal });
          void Promise.all([queue.stop(), writer?.stop()])
            .then(() => store.close())
            .then(resolve);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
