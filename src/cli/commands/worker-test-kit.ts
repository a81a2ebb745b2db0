// Helpers for the fault tests of `parallax worker`: real processes against a real PostgreSQL.
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { readSnapshot } from '../../pipeline/import-snapshot.ts';
import type { NewArticle } from '../../store/index.ts';
import { hashContent } from '../../text/index.ts';
import { spawnParallax } from './cli-test-kit.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The first `n` real articles of the bundled snapshot, as the store takes them. */
export async function realArticles(n: number): Promise<NewArticle[]> {
  const articles: NewArticle[] = [];
  for await (const record of readSnapshot(join(ROOT, 'data/snapshot/articles.jsonl.gz'))) {
    articles.push({
      url: record.url,
      guid: record.id,
      outletId: record.domain,
      title: record.title,
      lead: record.lead ?? '',
      publishedAt: new Date(record.published).toISOString(),
      fetchedAt: '2024-01-01T00:00:00.000Z',
      language: 'en',
      contentHash: hashContent(record.title, record.lead),
    });
    if (articles.length === n) break;
  }
  return articles;
}

/** A `parallax worker` process and what it has logged so far. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly log: () => string;
  readonly exited: Promise<number | null>;
}

/** Starts `parallax worker` with the given environment (fast intervals for tests). */
export function startWorker(databaseUrl: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}) {
  const run = spawnParallax(['worker', ...args], {
    PARALLAX_DATABASE_URL: databaseUrl,
    PARALLAX_JOB_TIMEOUT_SECONDS: '2',
    PARALLAX_JOB_RETRY_DELAY_SECONDS: '1',
    PARALLAX_POLL_INTERVAL_MS: '100',
    PARALLAX_CLUSTER_INTERVAL_MS: '300',
    ...env,
  });
  const exited = run.exited.then((end) => end.code);
  return { child: run.child, log: () => run.out() + run.err(), exited } satisfies WorkerProcess;
}

/** Resolves once `condition` holds; throws after `ms`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  ms = 30_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(25);
  }
}

/** Creates an empty database beside the one in `url`; returns its URL and a function that drops it. */
export async function createDatabase(url: string, name: string) {
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { url: target.href, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Counts that show whether every article is stored once and in exactly one story: articles, those without a
 * story, assignment explanations, explanations that disagree with the article's story, and duplicate URLs.
 */
export async function assignmentCounts(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`
      SELECT
        (SELECT count(*) FROM articles)::int AS articles,
        (SELECT count(*) FROM articles WHERE story_id IS NULL)::int AS unassigned,
        (SELECT count(*) FROM assignments)::int AS explained,
        (SELECT count(*) FROM articles a JOIN assignments s ON s.article_id = a.id
          WHERE s.story_id <> a.story_id)::int AS disagreeing,
        (SELECT count(*) FROM articles a WHERE a.story_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id))::int AS storyless,
        (SELECT count(*) - count(DISTINCT url) FROM articles)::int AS duplicate_urls`);
    return rows[0] as Record<string, number>;
  } finally {
    await client.end();
  }
}
