import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { importSnapshot } from '../../pipeline/import-snapshot.ts';
import { createLogger, getConfig, loadLiveOutlets, openConfiguredStore } from '../context.ts';
import { parsePort } from '../parse-options.ts';
import { createProgress } from '../progress-bar.ts';
import { runServer } from '../run-server.ts';

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
      const started = Date.now();
      const config = getConfig();
      // A bad --port is refused before the snapshot is imported, not after.
      const port = parsePort(opts.port, config.port);
      const logger = createLogger();
      const store = await openConfiguredStore(config);
      const outlets = loadLiveOutlets(config, logger);
      if ((await store.articles.count()) === 0) {
        const path = join(config.dataDir, 'snapshot', 'articles.jsonl.gz');
        if (!existsSync(path))
          throw new Error(`start: the snapshot ${path} is missing (run npm run build:snapshot)`);
        logger.info('start: importing the bundled snapshot', { path });
        const result = await importSnapshot(store, path, outlets, {
          logger,
          progress: createProgress(),
          total: SNAPSHOT_ARTICLES,
        });
        logger.info('start: snapshot imported', { ...result });
      }
      await runServer({
        config,
        store,
        outlets,
        logger,
        port,
        live: false,
        started,
      });
    });
}
