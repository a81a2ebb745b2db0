// Workers share the feed polls through the queue: one of them queues the due feeds, every one takes polls, and a
// worker killed mid-poll costs nothing (its feed is polled again). Real processes, real PostgreSQL, a feed farm
// on 127.0.0.1.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { type FeedFarm, type FeedFarmOptions, startFeedFarm } from '../../pipeline/feed-farm.ts';
import { openStore, type Store } from '../../store/index.ts';
import {
  assignmentCounts,
  createDatabase,
  startWorker,
  until,
  type WorkerProcess,
} from './worker-test-kit.ts';

const url = process.env.PARALLAX_TEST_DATABASE_URL;
const FEEDS = 24;
const ITEMS = 10;

if (!url) {
  test('workers poll feeds', { skip: 'PARALLAX_TEST_DATABASE_URL is not set' }, () => {});
} else {
  const workers: WorkerProcess[] = [];
  const cleanups: (() => unknown)[] = [];
  after(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** A fresh database with a feed farm's feeds subscribed, and the environment that gives workers `settings`. */
  const subscribedFarm = async (name: string, farmOptions: FeedFarmOptions, settings: object) => {
    const db = await createDatabase(url, `${name}_${process.pid}`);
    const store: Store = await openStore({ databaseUrl: db.url, poolSize: 2 });
    const farm: FeedFarm = await startFeedFarm(farmOptions);
    const dir = mkdtempSync(join(tmpdir(), 'parallax-worker-feeds-'));
    cleanups.push(
      db.drop,
      () => store.close(),
      () => farm.close(),
      () => rmSync(dir, { recursive: true }),
    );
    for (const feedUrl of farm.feedUrls)
      await store.feeds.add({ url: feedUrl, outletId: null }, new Date().toISOString());
    const config = join(dir, 'parallax.config.json');
    writeFileSync(config, JSON.stringify(settings));
    const env = { PARALLAX_CONFIG: config, PARALLAX_ALLOW_PRIVATE_ADDRESSES: '1' };
    return { db, store, farm, env };
  };

  test('workers share the due feeds; one killed mid-poll loses nothing and stores nothing twice', async () => {
    const { db, store, farm, env } = await subscribedFarm(
      'worker_feeds',
      { feeds: FEEDS, itemsPerFeed: ITEMS, slowBodyMs: 400 },
      { schedule: { tickSeconds: 1 } },
    );
    const spawn = () => {
      const worker = startWorker(db.url, ['--concurrency', '2'], env);
      workers.push(worker);
      return worker;
    };
    const [first, second] = [spawn(), spawn()];
    await until(
      () => farm.served.feed > 0 && farm.served.feed < FEEDS,
      'the first polls are under way',
      60_000,
    );
    first!.child.kill('SIGKILL');
    await first!.exited;
    const total = FEEDS * ITEMS;
    await until(async () => (await store.articles.count()) === total, 'every item stored', 60_000);
    await until(
      async () => (await assignmentCounts(db.url)).unassigned === 0,
      'every article assigned',
      60_000,
    );
    assert.deepEqual(await assignmentCounts(db.url), {
      articles: total,
      unassigned: 0,
      explained: total,
      disagreeing: 0,
      storyless: 0,
      duplicate_urls: 0,
    });
    const feeds = await store.feeds.list();
    assert.ok(feeds.every((f) => f.checkedAt !== null && f.errorCount === 0));
    assert.equal(second!.child.exitCode, null);
    assert.match(second!.log(), /feeds: queued the due feeds|feed: refreshed/);
  });

  test('with fetch.fullText, workers read every title-only article page once, in extract-article jobs', async () => {
    const { db, store, farm, env } = await subscribedFarm(
      'worker_pages',
      { feeds: 4, itemsPerFeed: 5, titleOnly: true },
      { schedule: { tickSeconds: 1 }, fetch: { fullText: true } },
    );
    const worker = startWorker(db.url, ['--concurrency', '2'], env);
    workers.push(worker);
    const total = 4 * 5;
    const withText = async () => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        const result = await client.query<{ n: number }>(
          "SELECT COUNT(*)::int AS n FROM articles WHERE text IS NOT NULL AND text <> ''",
        );
        return result.rows[0]!.n;
      } finally {
        await client.end();
      }
    };
    await until(async () => (await withText()) === total, 'every page read', 60_000);
    assert.equal(await store.articles.count(), total);
    assert.equal(farm.served.article, total);
    assert.match(worker.log(), /extract: article completed from its page/);
  });
}
