import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { type FeedFarm, startFeedFarm } from '../../pipeline/feed-farm.ts';
import { openStore, type Store } from '../../store/index.ts';
import { spawnParallax } from './cli-test-kit.ts';

// Crash safety: `parallax ingest --once` is SIGKILLed partway through a run, then run again to the end. Every
// item of every feed must then be stored exactly once, and a further full run must store nothing new.
const FEEDS = 24;
const ITEMS = 25;
const dir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
const db = join(dir, 'crash.db');
const env = { PARALLAX_DB: db, PARALLAX_ALLOW_PRIVATE_ADDRESSES: '1' };
const children: ChildProcess[] = [];
let farm: FeedFarm | undefined;
after(async () => {
  for (const child of children) child.kill('SIGKILL');
  await farm?.close();
});

function ingest(args: readonly string[]) {
  const run = spawnParallax(['ingest', '--once', ...args], env);
  children.push(run.child);
  const exited = run.exited.then((end) => ({ ...end, out: run.out(), err: run.err() }));
  return { child: run.child, exited };
}

async function countArticles(store: Store): Promise<number> {
  return store.articles.count();
}

test('ingest --once killed mid-run, then run again: every item stored exactly once, nothing lost', async () => {
  // Slow bodies and two feeds at a time keep the run going for seconds, so the kill lands mid-run.
  farm = await startFeedFarm({ feeds: FEEDS, itemsPerFeed: ITEMS, slowBodyMs: 300 });
  const setup = await openStore({ sqlitePath: db });
  for (const url of farm.feedUrls) await setup.feeds.add({ url, outletId: null }, '2024-06-01T00:00:00.000Z');

  const first = ingest(['--concurrency', '2']);
  // Kill once some feeds are stored and most are not (each feed's articles commit with its success record).
  let stored = 0;
  for (let waited = 0; waited < 60_000 && stored < 2 * ITEMS; waited += 25) {
    await sleep(25);
    stored = await countArticles(setup).catch(() => stored);
  }
  first.child.kill('SIGKILL');
  const killed = await first.exited;
  // The reruns need not be slow.
  farm.slowBodyMs = 0;
  assert.equal(killed.signal, 'SIGKILL', `the run ended before the kill: ${killed.err}`);
  const atKill = await countArticles(setup);
  assert.ok(atKill >= 2 * ITEMS && atKill < FEEDS * ITEMS, `killed mid-run (${atKill} articles stored)`);
  assert.equal(atKill % ITEMS, 0, 'a feed is stored whole or not at all');
  const refreshed = await setup.db
    .selectFrom('feeds')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('checked_at', 'is not', null)
    .executeTakeFirstOrThrow();
  assert.equal(
    Number(refreshed.n) * ITEMS,
    atKill,
    'a feed is marked polled exactly when its articles are stored',
  );

  const second = await ingest(['--json']).exited;
  assert.equal(second.code, 0, second.err);
  const summary = JSON.parse(second.out) as { feeds: number; inserted: number; failed: number };
  assert.deepEqual(
    [summary.feeds, summary.failed, summary.inserted],
    [FEEDS - atKill / ITEMS, 0, FEEDS * ITEMS - atKill],
  );

  const byUrl = await setup.db
    .selectFrom('articles')
    .select(['url', (eb) => eb.fn.countAll().as('n')])
    .groupBy('url')
    .execute();
  assert.equal(byUrl.length, FEEDS * ITEMS);
  assert.ok(
    byUrl.every((row) => Number(row.n) === 1),
    'no article stored twice',
  );
  assert.deepEqual(byUrl.map((row) => row.url).sort(), [...farm.articleUrls].sort(), 'none missing');
  assert.equal(
    (await setup.articles.listUnassigned(10)).length,
    0,
    'the killed run’s articles reached stories too',
  );

  // Every feed due again (as if a poll interval had passed): a full run finds nothing new.
  await sql`UPDATE feeds SET next_check_at = ${'2000-01-01T00:00:00.000Z'}`.execute(setup.db);
  const third = await ingest(['--json']).exited;
  const again = JSON.parse(third.out) as { feeds: number; ok: number; inserted: number; updated: number };
  assert.deepEqual([again.feeds, again.ok, again.inserted, again.updated], [FEEDS, FEEDS, 0, 0]);
  assert.equal(await countArticles(setup), FEEDS * ITEMS);
  await setup.close();
});
