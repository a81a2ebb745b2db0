import type { Command } from 'commander';
import { getConfig, openConfiguredStore } from '../context.ts';

/** `parallax stats [--json]`: counts of the database. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description(
      'Print the number of articles, outlets, stories and multi-outlet stories in the database (PARALLAX_DB, or PARALLAX_DATABASE_URL for PostgreSQL).',
    )
    .option('--json', 'print {"articles","outlets","stories","multi_outlet_stories"}')
    .action(async (opts: { json?: boolean }) => {
      const store = await openConfiguredStore(getConfig());
      try {
        const [articles, outlets, stories, multi] = await Promise.all([
          store.articles.count(),
          store.outlets.countPublishing(),
          store.stories.count(),
          store.stories.countMultiOutlet(),
        ]);
        const stats = { articles, outlets, stories, multi_outlet_stories: multi };
        if (opts.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
        else {
          for (const [key, value] of Object.entries(stats)) {
            process.stdout.write(`${key.replaceAll('_', ' ').padEnd(22)} ${value.toLocaleString('en-US')}\n`);
          }
        }
      } finally {
        await store.close();
      }
    });
}
