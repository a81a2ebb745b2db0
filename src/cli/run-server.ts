import type { Config } from '../config/index.ts';
import { type Clock, fixedClock, type Logger, type OutletDirectory, systemClock } from '../domain/index.ts';
import type { Registry } from '../ratings/index.ts';
import type { Store } from '../store/index.ts';
import { createApp } from '../web/app.tsx';
import { followRatings } from './follow-ratings.ts';
import { type LiveIngestion, startLiveIngestion } from './live-ingestion.ts';
import { createProgress } from './progress-bar.ts';
import { serveApp } from './serve-app.ts';
import { createStoryEngine } from './story-engine.ts';

export interface RunServerOptions {
  readonly config: Config;
  readonly store: Store;
  readonly outlets: OutletDirectory & { readonly version?: () => Registry };
  readonly logger: Logger;
  readonly port: number;
  /** Live: "now" is the wall clock. Otherwise "now" is the newest stored article (a replayed snapshot). */
  readonly live: boolean;
  readonly started: number;
}

/** Brings the stories up to date, then serves pages and API; resolves with the URL once listening. */
export async function runServer(options: RunServerOptions) {
  const { config, store, outlets, logger } = options;
  const latest = await store.articles.latestPublishedAt();
  const clock: Clock = options.live || latest === undefined ? systemClock : fixedClock(latest);
  const engine = await refreshIfWriter(store, { config, outlets, logger, now: clock() });
  const app = createApp({
    store,
    outlets,
    clock,
    logger,
    options: {
      frontPageDays: config.web.frontPageDays,
      blindspot: config.blindspot,
      cache: config.web.cache,
    },
  });
  const stopFollowing = outlets.version
    ? followRatings(store, { config, logger, registry: outlets.version })
    : () => {};
  let live: LiveIngestion | undefined;
  const server = await serveApp(app, {
    host: config.host,
    port: options.port,
    logger,
    onClose: async () => {
      stopFollowing();
      await live?.stop();
      await store.close();
    },
  });
  // Live: poll the due feeds every tick and carry new articles into stories through the clustering writer.
  if (options.live)
    live = await startLiveIngestion({ store, config, outlets, logger, ...(engine && { engine }) });
  const [stories, multi] = await Promise.all([store.stories.count(), store.stories.countMultiOutlet()]);
  logger.info('serve: ready', {
    url: server.url,
    stories,
    multi_outlet_stories: multi,
    seconds: (Date.now() - options.started) / 1000,
  });
  process.stdout.write(
    `Parallax is serving ${stories} stories (${multi} from several outlets) at ${server.url}\n`,
  );
  return { ...server, engine, clock };
}

/**
 * Brings the stories up to date before serving, as the single clustering writer: on SQLite always (one
 * process), on PostgreSQL only when no worker holds the writer lock — web processes stay stateless, and two
 * writers never assign the same articles. Returns the engine when this process did the refresh.
 */
async function refreshIfWriter(
  store: Store,
  options: { config: Config; outlets: OutletDirectory; logger: Logger; now: Date },
) {
  const lock = store.createWriterLock('cluster-writer');
  if (!(await lock.tryAcquire())) {
    options.logger.info('serve: another process is the clustering writer; serving the stories as they are');
    return undefined;
  }
  try {
    const engine = await createStoryEngine(store, { ...options, progress: createProgress() });
    await engine.refresh();
    // Stories the refresh did not touch keep their topics unless a migration asked for them to be indexed again.
    const reindexed = await store.topics.indexChangedStories();
    if (reindexed > 0) options.logger.info('serve: topics indexed again', { stories: reindexed });
    return engine;
  } finally {
    await lock.release();
  }
}
