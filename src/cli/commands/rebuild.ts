import type { Command } from 'commander';
import { rebuildStories } from '../../pipeline/rebuild-stories.ts';
import { createLogger, getConfig, loadOutlets, openConfiguredStore } from '../context.ts';
import { createProgress } from '../progress-bar.ts';
import { createSynthesizer } from '../synthesizer.ts';

/** `parallax rebuild`: re-apply the outlet registry and overrides, then re-synthesize every story. */
export function registerRebuild(program: Command): void {
  program
    .command('rebuild')
    .description(
      'Re-match every article to its outlet under the current ratings and overrides, and recompute every story.',
    )
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const config = getConfig();
      const logger = createLogger();
      const store = await openConfiguredStore(config);
      try {
        const result = await rebuildStories(store, {
          outlets: loadOutlets(config),
          synthesize: createSynthesizer(config, logger),
          blindspot: config.blindspot,
          logger,
          progress: createProgress(),
        });
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(result)}\n`
            : `rebuilt ${result.stories} stories; ${result.rematched} of ${result.articles} articles changed outlet\n`,
        );
      } finally {
        await store.close();
      }
    });
}
