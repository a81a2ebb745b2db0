import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { canonicalizeUrl, parseDate } from '../../extract/index.ts';
import { classifyError, createFetcher, type Fetcher, parseFeed } from '../../ingest/index.ts';
import { getConfig } from '../context.ts';

/** What `feeds check` prints for one input (one JSON line with --json). */
export type CheckResult =
  | {
      readonly input: string;
      readonly ok: true;
      readonly format: string;
      readonly title: string;
      readonly items: number;
      readonly first: {
        readonly title: string;
        readonly url: string | null;
        readonly published: string | null;
      } | null;
    }
  | {
      readonly input: string;
      readonly ok: false;
      readonly error: { readonly kind: string; readonly message: string };
    };

/** The shared `parallax feeds` command group, created by whichever feeds command registers first. */
export function feedsCommand(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === 'feeds') ??
    program.command('feeds').description('Manage and inspect the feeds Parallax reads.')
  );
}

/**
 * `parallax feeds check URL_OR_FILE… [--json]`: fetches (through the fetcher, with all its limits) or reads
 * each input, parses it, and prints one line per input, storing nothing. Exit 0 once every input was
 * processed, whatever became of it; 2 on a usage error.
 */
export function registerFeedsCheck(program: Command): void {
  feedsCommand(program)
    .command('check')
    .description('Parse feeds (URLs or files) without storing anything; print one line per input.')
    .argument('<inputs...>', 'feed URLs (http, https) or local files')
    .option('--json', 'print one JSON object per input')
    .action(async (inputs: string[], opts: { json?: boolean }) => {
      const config = getConfig();
      const fetcher = createFetcher(config.fetch);
      try {
        // Inputs run a batch at a time, the fetcher keeping to its per-host limit; output keeps input order.
        const batch = Math.max(1, config.fetch.concurrency);
        for (let i = 0; i < inputs.length; i += batch) {
          const results = await Promise.all(
            inputs.slice(i, i + batch).map((input) => checkInput(input, fetcher)),
          );
          for (const result of results) {
            process.stdout.write(`${opts.json ? JSON.stringify(result) : formatResult(result)}\n`);
          }
        }
      } finally {
        await fetcher.close();
      }
    });
}

/** Checks one input; never throws. */
export async function checkInput(input: string, fetcher: Fetcher): Promise<CheckResult> {
  try {
    const { body, url, contentType } = await load(input, fetcher);
    const feed = parseFeed(body, { url, contentType });
    const item = feed.items[0];
    const published = item ? parseDate(item.published ?? item.updated) : undefined;
    return {
      input,
      ok: true,
      format: feed.format,
      title: feed.title,
      items: feed.items.length,
      first: item
        ? {
            title: item.title,
            url: canonicalizeUrl(item.url) ?? null,
            published: published?.toISOString() ?? null,
          }
        : null,
    };
  } catch (error) {
    return { input, ok: false, error: describeError(error) };
  }
}

async function load(input: string, fetcher: Fetcher) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) {
    const result = await fetcher.fetchUrl(input);
    if (result.kind !== 'ok')
      throw new Error(`ingest: unexpected ${result.status} for an unconditional request`);
    return { body: result.body, url: result.finalUrl, contentType: result.contentType };
  }
  return {
    body: await readFile(input),
    url: new URL(input, `file://${process.cwd()}/`).href,
    contentType: undefined,
  };
}

function describeError(error: unknown): { kind: string; message: string } {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && /^E(NOENT|ACCES|ISDIR|NOTDIR|PERM)$/.test(code)) {
    return { kind: 'io', message: `feeds: cannot read the file (${code})` };
  }
  return classifyError(error, 'parse');
}

function formatResult(result: CheckResult): string {
  if (!result.ok) return `FAIL ${result.input}  ${result.error.kind}: ${result.error.message}`;
  const first = result.first
    ? `; first: "${result.first.title}" ${result.first.published ?? '(no date)'} ${result.first.url ?? '(no link)'}`
    : '';
  return `OK   ${result.input}  ${result.format} "${result.title}", ${result.items} items${first}`;
}
