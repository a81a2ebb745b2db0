import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../../config/index.ts';
import { systemClock } from '../../domain/index.ts';
import { classifyError, createFetcher, parseOpml, renderOpml } from '../../ingest/index.ts';
import { refreshFeed } from '../../pipeline/refresh-feed.ts';
import { subscribeFeed } from '../../pipeline/subscribe-feed.ts';
import { subscribeFeeds } from '../../pipeline/subscribe-feeds.ts';
import type { StoredFeed, Store } from '../../store/index.ts';
import { createLogger, getConfig, loadOutlets, openConfiguredStore } from '../context.ts';
import { defaultFeedEntries, readDefaultSources, SOURCE_SETS, sourceOutlets } from '../default-sources.ts';
import { feedToJson, formatFeedHealth } from '../format-feed-health.ts';
import { createRefreshDeps } from '../refresh-deps.ts';
import { UsageError } from '../usage-error.ts';
import { feedsCommand } from './feeds-check.ts';

/**
 * `parallax feeds add|list|remove|refresh|import-opml|export-opml|add-defaults`: the subscribed feeds and their
 * health (error count, last error, next check). Adding fetches the feed once; importing does not.
 */
export function registerFeeds(program: Command): void {
  const feeds = feedsCommand(program);

  feeds
    .command('add <url>')
    .description(
      'Subscribe to a feed (an HTML page works too: its announced feed is used); fetched once to check it.',
    )
    .option('--outlet <id>', 'the outlet the feed belongs to (default: matched from its URLs)')
    .action(async (given: string, opts: { outlet?: string }) => {
      const url = checkHttpUrl(given);
      const config = getConfig();
      const outlets = loadOutlets(config);
      if (opts.outlet !== undefined && !outlets.get(opts.outlet))
        throw new UsageError(`no outlet "${opts.outlet}" (see \`parallax outlets show DOMAIN\`)`);
      const fetcher = createFetcher(config.fetch);
      await withStore(config, async (store) => {
        try {
          const sources = sourceOutlets(readSourcesIfShipped(config));
          const deps = { fetcher, outlets, sources, now: systemClock };
          const added = await subscribeFeed(store, url, deps, { outletId: opts.outlet });
          const outlet = added.feed.outletId ? outlets.get(added.feed.outletId) : undefined;
          if (added.discoveredFrom)
            process.stdout.write(`found ${added.feed.url} on ${added.discoveredFrom}\n`);
          process.stdout.write(
            `${added.created ? 'added' : 'already subscribed:'} feed ${added.feed.id} ${added.feed.url}\n` +
              `  "${added.feed.title ?? ''}" (${added.format}, ${added.items} items), outlet: ` +
              `${outlet ? `${outlet.name} (${outlet.id})` : (added.feed.outletId ?? 'none matched; items are matched one by one')}\n`,
          );
        } catch (error) {
          const { kind, message } = classifyError(error);
          throw new Error(`feeds: cannot subscribe to ${url}: ${kind}: ${message}`);
        } finally {
          await fetcher.close();
        }
      });
    });

  feeds
    .command('list')
    .description(
      'List the feeds with their health, failing ones first: last and next check, errors in a row, last error.',
    )
    .option('--json', 'print a JSON array')
    .action(async (opts: { json?: boolean }) => {
      const config = getConfig();
      await withStore(config, async (store) => {
        const list = await store.feeds.list();
        const limit = config.schedule.feedErrorLimit;
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(list.map((f) => feedToJson(f, limit)))}\n`
            : formatFeedHealth(list, limit),
        );
      });
    });

  feeds
    .command('remove <idOrUrl>')
    .description('Unsubscribe from a feed (by id or URL); its articles stay in their stories.')
    .action(async (idOrUrl: string) => {
      await withStore(getConfig(), async (store) => {
        const feed = await findFeed(store, idOrUrl);
        await store.feeds.remove(feed.id);
        process.stdout.write(`removed feed ${feed.id} ${feed.url}\n`);
      });
    });

  feeds
    .command('refresh <idOrUrl...>')
    .description(
      'Poll feeds now, whatever their schedule or error count (a success restarts a stopped feed); exits 1 when a poll failed.',
    )
    .option('--json', 'print one JSON result per feed')
    .action(async (ids: string[], opts: { json?: boolean }) => {
      const config = getConfig();
      const deps = await createRefreshDeps(config, loadOutlets(config), createLogger());
      await withStore(config, async (store) => {
        try {
          // Every feed is found before any is polled: a mistyped id polls none.
          const feeds = [];
          for (const idOrUrl of ids) feeds.push(await findFeed(store, idOrUrl));
          let failed = 0;
          for (const feed of feeds) {
            const { changedIds: _, ...result } = await refreshFeed(store, feed.id, deps);
            if (result.error) failed += 1;
            process.stdout.write(
              opts.json
                ? `${JSON.stringify({ ...result, url: feed.url })}\n`
                : `feed ${feed.id} ${result.status}: ${result.inserted} new, ${result.updated} updated` +
                    `${result.error ? `; ${result.error.kind}: ${result.error.message}` : ''}\n`,
            );
          }
          // A failed poll is an outcome a script can test for: exit 1, after every feed's line.
          if (failed > 0) throw new Error(`feeds: ${failed} of ${feeds.length} polls failed`);
        } finally {
          await deps.fetcher.close();
        }
      });
    });

  feeds
    .command('import-opml <file>')
    .description('Subscribe to every feed of an OPML file (idempotent: known feeds keep their health).')
    .action(async (file: string) => {
      const body = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${file} (${error.code ?? error.message})`);
      });
      const entries = parseOpml(body);
      const config = getConfig();
      await withStore(config, async (store) => {
        const result = await subscribeFeeds(store, entries, {
          outlets: loadOutlets(config),
          sources: sourceOutlets(readSourcesIfShipped(config)),
          now: systemClock,
        });
        process.stdout.write(
          `imported ${file}: ${entries.length} feeds, ${result.added} new, ${result.existing} already subscribed\n`,
        );
      });
    });

  feeds
    .command('export-opml')
    .description('Write the subscribed feeds as OPML 2.0 (to stdout, or to --output FILE).')
    .option('--output <file>', 'write to this file instead of stdout')
    .action(async (opts: { output?: string }) => {
      await withStore(getConfig(), async (store) => {
        const list = [...(await store.feeds.list())].sort((a, b) => a.url.localeCompare(b.url));
        const opml = renderOpml(
          list.map((f) => ({
            url: f.url,
            ...(f.title && { title: f.title }),
            ...(f.siteUrl && { siteUrl: f.siteUrl }),
          })),
        );
        if (opts.output) {
          await writeFile(opts.output, opml);
          process.stdout.write(`wrote ${list.length} feeds to ${opts.output}\n`);
        } else process.stdout.write(opml.endsWith('\n') ? opml : `${opml}\n`);
      });
    });

  feeds
    .command('add-defaults')
    .description(
      'Subscribe to the shipped default sources (data/sources): feeds of rated outlets, each mapped to its outlet.',
    )
    .option('--set <name>', `which set: ${SOURCE_SETS.join(', ')}`, 'core')
    .action(async (opts: { set: string }) => {
      if (!(SOURCE_SETS as readonly string[]).includes(opts.set))
        throw new UsageError(`--set must be one of ${SOURCE_SETS.join(', ')}, got "${opts.set}"`);
      const config = getConfig();
      const entries = defaultFeedEntries(readDefaultSources(config.dataDir), opts.set);
      await withStore(config, async (store) => {
        const result = await subscribeFeeds(store, entries, {
          outlets: loadOutlets(config),
          now: systemClock,
        });
        process.stdout.write(
          `default sources (${opts.set}): ${entries.length} feeds, ${result.added} new, ${result.existing} already subscribed\n`,
        );
      });
    });
}

async function withStore(config: Config, work: (store: Store) => Promise<void>): Promise<void> {
  const store = await openConfiguredStore(config);
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

async function findFeed(store: Store, idOrUrl: string): Promise<StoredFeed> {
  const feed = /^\d+$/.test(idOrUrl)
    ? await store.feeds.get(Number(idOrUrl))
    : await store.feeds.getByUrl(idOrUrl);
  if (!feed) throw new UsageError(`no feed ${idOrUrl} (see \`parallax feeds list\`)`);
  return feed;
}

/**
 * The URL as it is stored: an http(s) address in its normal spelling (scheme and host in lower case) without a
 * fragment, which never reaches the server, so "HTTP://Example.org/rss#top" is the feed https://example.org/rss.
 */
function checkHttpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not a URL (give an http or https address)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new UsageError(`"${url}" is not an http or https URL`);
  parsed.hash = '';
  return parsed.href;
}

// The default sources name the outlet of feed-only hosts; a data folder without them just lacks those hints.
function readSourcesIfShipped(config: Config) {
  return existsSync(join(config.dataDir, 'sources', 'sources.json'))
    ? readDefaultSources(config.dataDir)
    : [];
}
