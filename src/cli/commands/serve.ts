import type { Command } from 'commander';
import { createLogger, getConfig, loadLiveOutlets, openConfiguredStore } from '../context.ts';
import { parsePort } from '../parse-options.ts';
import { runServer } from '../run-server.ts';

/** `parallax serve [--live]`: serve the database as it is. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the stories of the database (PARALLAX_DB or PARALLAX_DATABASE_URL) on http://HOST:PORT. ' +
        'Without --live, "now" is the newest stored article (a replayed snapshot). With --live, "now" is the ' +
        'wall clock and the subscribed feeds are polled every schedule.tickSeconds, new articles flowing on into ' +
        'stories (on a store without feeds, the default sources are subscribed first, once).',
    )
    .option('--port <port>', 'port to listen on (default: env PORT or 3000)')
    .option('--live', 'poll the feeds and update stories as articles arrive; "now" is the wall clock')
    .action(async (opts: { port?: string; live?: boolean }) => {
      const started = Date.now();
      const config = getConfig();
      const port = parsePort(opts.port, config.port);
      const logger = createLogger();
      const store = await openConfiguredStore(config);
      const outlets = loadLiveOutlets(config, logger);
      await runServer({
        config,
        store,
        outlets,
        logger,
        port,
        live: Boolean(opts.live),
        started,
      });
    });
}
