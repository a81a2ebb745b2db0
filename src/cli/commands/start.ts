import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { fixedClock } from '../../domain/index.ts';
import { importSnapshot } from '../../pipeline/import-snapshot.ts';
import { createApp } from '../../web/app.tsx';
import { createLogger, getConfig, loadOutlets, openConfiguredStore } from '../context.ts';
import { createProgress } from '../progress-bar.ts';
import { serveApp } from '../serve-app.ts';
import { createStoryEngine } from '../story-engine.ts';

const SNAPSHOT_ARTICLES = 13_607;

/** `parallax start`: import the bundled snapshot into an empty database, cluster it, and serve it. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description(
      'Serve the demo: on an empty database, import the bundled snapshot (data/snapshot), cluster it into stories, ' +
        'then serve on http://HOST:PORT ("now" is the newest article). Env: PORT, HOST, PARALLAX_DB.',
    )
    .option('--port <port>', 'port to listen on (default: env PORT or 3000)')
    .action(async (opts: { port?: string }) => {
      const config = getConfig();
      const logger = createLogger();
      const progress = createProgress();
      const started = Date.now();
      const store = await openConfiguredStore(config);
      const outlets = loadOutlets(config);
      if ((await store.articles.count()) === 0) {
        const path = join(config.dataDir, 'snapshot', 'articles.jsonl.gz');
        if (!existsSync(path))
          throw new Error(`start: the snapshot ${path} is missing (run npm run build:snapshot)`);
        logger.info('start: importing the bundled snapshot', {
          path,
          db: config.databaseUrl ? 'postgres' : config.db,
        });
        const result = await importSnapshot(store, path, outlets, {
          logger,
          progress,
          total: SNAPSHOT_ARTICLES,
        });
        logger.info('start: snapshot imported', { ...result });
      }
      const now = new Date((await store.articles.latestPublishedAt()) ?? Date.now());
      const engine = await createStoryEngine(store, { config, outlets, logger, progress, now });
      await engine.refresh();
      const app = createApp({
        store,
        outlets,
        clock: fixedClock(now.toISOString()),
        logger,
        options: { frontPageDays: config.web.frontPageDays },
      });
      const port = opts.port === undefined ? config.port : Number(opts.port);
      const { url } = await serveApp(app, { host: config.host, port, logger, onClose: () => store.close() });
      const [stories, multi] = await Promise.all([store.stories.count(), store.stories.countMultiOutlet()]);
      logger.info('start: ready', {
        stories,
        multi_outlet_stories: multi,
        seconds: (Date.now() - started) / 1000,
      });
      process.stdout.write(
        `Parallax is serving ${stories} stories (${multi} from several outlets) at ${url}\n`,
      );
    });
}
