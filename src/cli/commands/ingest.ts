import type { Command } from 'commander';
import type { Config } from '../../config/index.ts';
import type { Logger, OutletDirectory } from '../../domain/index.ts';
import { type RefreshDueSummary, refreshDue } from '../../pipeline/refresh-due.ts';
import type { Store } from '../../store/index.ts';
import { createLogger, getConfig, loadOutlets, openConfiguredStore } from '../context.ts';
import { startLiveIngestion } from '../live-ingestion.ts';
import { createProgress } from '../progress-bar.ts';
import { createRefreshDeps } from '../refresh-deps.ts';
import { createStoryEngine } from '../story-engine.ts';
import { parsePositiveInt } from '../parse-options.ts';
import { UsageError } from '../usage-error.ts';

interface IngestOptions {
  once?: boolean;
  json?: boolean;
  limit?: string;
  concurrency?: string;
}

/**
 * `parallax ingest [--once] [--json] [--limit N] [--concurrency N]`: poll the due feeds and carry new articles on
 * into stories. With --once: one pass, a summary, exit 0 (failing feeds are recorded on the feeds, not an exit
 * code; 1 only when the store is unreachable). Without: the live loop of `serve --live`, without the web server,
 * until SIGINT or SIGTERM.
 */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'Poll the subscribed feeds that are due, store new and updated articles, and assign them to stories. ' +
        'With --once: one pass, then a summary. Without: keep polling every schedule.tickSeconds until stopped.',
    )
    .option('--once', 'one pass over the due feeds, then exit')
    .option('--json', 'with --once: print the summary as JSON')
    .option('--limit <n>', 'most feeds in a pass (default: all due with --once, else 1000)')
    .option('--concurrency <n>', 'feeds at once (default: config fetch.concurrency)')
    .action(async (opts: IngestOptions) => {
      const config = getConfig();
      const limit = parsePositiveInt(opts.limit, '--limit');
      const concurrency = parsePositiveInt(opts.concurrency, '--concurrency') ?? config.fetch.concurrency;
      if (opts.json && !opts.once) throw new UsageError('--json goes with --once');
      const logger = createLogger();
      const outlets = loadOutlets(config);
      const store = await openConfiguredStore(config);
      if (!opts.once)
        return runLoop(store, config, outlets, logger, {
          concurrency,
          ...(limit !== undefined && { limit }),
        });
      try {
        await runOnce(store, {
          config,
          outlets,
          logger,
          limit: limit ?? 1_000_000,
          concurrency,
          json: Boolean(opts.json),
        });
      } finally {
        await store.close();
      }
    });
}

async function runOnce(
  store: Store,
  o: {
    config: Config;
    outlets: OutletDirectory;
    logger: Logger;
    limit: number;
    concurrency: number;
    json: boolean;
  },
): Promise<void> {
  const started = performance.now();
  const deps = await createRefreshDeps(o.config, o.outlets, o.logger);
  let summary: RefreshDueSummary;
  try {
    summary = await refreshDue(store, deps, {
      concurrency: o.concurrency,
      limit: o.limit,
      progress: createProgress(),
    });
  } finally {
    await deps.fetcher.close();
  }
  if (summary.error) throw new Error(`ingest: the store is unavailable: ${summary.error}`);
  const fetchSeconds = (performance.now() - started) / 1000;
  const stories = await refreshStories(store, o);
  const seconds = (performance.now() - started) / 1000;
  const urls = new Map((await store.feeds.list()).map((f) => [f.id, f.url]));
  const failures = summary.results
    .filter((r) => r.status === 'failed')
    .map((r) => ({ feed_id: r.feedId, feed_url: urls.get(r.feedId) ?? null, ...r.error }));
  const report = {
    feeds: summary.feeds,
    ok: summary.ok,
    not_modified: summary.notModified,
    failed: summary.failed,
    skipped: summary.skipped,
    inserted: summary.inserted,
    updated: summary.updated,
    ...stories,
    fetch_seconds: round(fetchSeconds),
    seconds: round(seconds),
    failures,
  };
  if (o.json) return void process.stdout.write(`${JSON.stringify(report)}\n`);
  const rate = (n: number) => (fetchSeconds > 0 ? (n / fetchSeconds).toFixed(1) : '-');
  process.stdout.write(
    `feeds: ${summary.feeds} (${summary.ok} ok, ${summary.notModified} not modified, ${summary.failed} failed) ` +
      `in ${fetchSeconds.toFixed(1)} s, ${rate(summary.feeds)} feeds/s\n` +
      `articles: ${summary.inserted} new, ${summary.updated} updated, ${rate(summary.inserted + summary.updated)} articles/s\n` +
      (stories.stories_skipped
        ? 'stories: not refreshed here; another process is the clustering writer and will pick the articles up\n'
        : `stories: ${stories.stories_changed} changed (${stories.new_stories} new), ${stories.assigned} articles assigned\n`) +
      failures
        .map((f) => `  failed: feed ${f.feed_id} ${f.feed_url ?? ''}  ${f.kind}: ${f.message}\n`)
        .join(''),
  );
}

// New articles flow on: assigned to stories and changed stories synthesized, by this process only if it can be
// the single clustering writer (on PostgreSQL a running `serve --live` or worker may hold that role).
async function refreshStories(store: Store, o: { config: Config; outlets: OutletDirectory; logger: Logger }) {
  const lock = store.createWriterLock('cluster-writer');
  if (!(await lock.tryAcquire()))
    return { assigned: 0, new_stories: 0, stories_changed: 0, stories_skipped: true };
  try {
    const engine = await createStoryEngine(store, { ...o, progress: createProgress(), now: new Date() });
    const result = await engine.refresh();
    return {
      assigned: result.assigned,
      new_stories: result.newStories,
      stories_changed: result.synthesized,
      stories_skipped: false,
    };
  } finally {
    await lock.release();
  }
}

async function runLoop(
  store: Store,
  config: Config,
  outlets: OutletDirectory,
  logger: Logger,
  pass: { concurrency: number; limit?: number },
): Promise<void> {
  const live = await startLiveIngestion({ store, config, outlets, logger, ...pass });
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info('ingest: stopping', { signal });
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await live.stop();
  await store.close();
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
