import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { type Progress, silentLogger } from '../domain/index.ts';
import { createFetcher, type Fetcher } from '../ingest/index.ts';
import { type FixtureServer, startFixtureServer } from '../ingest/test-server.ts';
import { type RefreshDueDeps, refreshDue } from './refresh-due.ts';
import { hostOutlets, openMemoryStore } from './test-helpers.ts';

let server: FixtureServer;
let fetcher: Fetcher;
const NOW = '2024-06-04T12:00:00.000Z';

before(async () => {
  server = await startFixtureServer();
  fetcher = createFetcher({ allowPrivateAddresses: true, timeoutMs: 5_000 });
});
after(async () => {
  await fetcher.close();
  await server.close();
});

function deps(now = NOW, feedErrorLimit = 5): RefreshDueDeps {
  return {
    fetcher,
    outlets: hostOutlets,
    config: {
      fetch: { fullText: false },
      schedule: { intervalMinutes: 15, maxIntervalMinutes: 24 * 60, feedErrorLimit },
    },
    logger: silentLogger,
    now: () => new Date(now),
  };
}

// A port with nothing listening on it: connections are refused.
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

test('broken feeds are recorded with their kind of error while the others are refreshed', async () => {
  const store = await openMemoryStore();
  const urls = [
    server.url('/feed/xxe.xml'),
    server.url('/status/500'),
    server.url('/html-as-feed'),
    `http://127.0.0.1:${await closedPort()}/feed.xml`,
    server.url('/feed/rss091.xml'),
    server.url('/feed/json-feed-1.1.json'),
    server.url('/gzip/youtube-atom.xml'),
  ];
  for (const url of urls) await store.feeds.add({ url, outletId: null }, NOW);
  const steps: string[] = [];
  const progress: Progress = {
    start: (total) => steps.push(`start ${total}`),
    increment: () => steps.push('+'),
    stop: () => steps.push('stop'),
  };
  const summary = await refreshDue(store, deps(), { concurrency: 3, limit: 100, progress });
  assert.deepEqual(
    [summary.feeds, summary.ok, summary.failed, summary.notModified, summary.skipped],
    [7, 3, 4, 0, 0],
  );
  assert.ok(summary.inserted > 0);
  assert.equal(summary.inserted, await store.articles.count());
  assert.deepEqual(steps, ['start 7', ...Array(7).fill('+'), 'stop']);

  const health = await store.feeds.list();
  assert.deepEqual(
    health
      .slice(0, 4)
      .map((f) => [f.url, f.lastError?.kind])
      .sort(),
    [
      [urls[0], 'parse'],
      [urls[1], 'http'],
      [urls[2], 'parse'],
      [urls[3], 'network'],
    ].sort(),
  );
  assert.ok(health.slice(4).every((f) => f.errorCount === 0 && f.checkedAt === NOW));

  // Nothing is due until the next checks come round; then everything is, failing feeds included.
  assert.equal((await refreshDue(store, deps(), { concurrency: 3, limit: 100 })).feeds, 0);
  const later = await refreshDue(store, deps('2024-06-05T12:00:00.000Z'), { concurrency: 3, limit: 100 });
  // /gzip/ sends no validators, so that feed is fetched in full again, and nothing in it is new.
  assert.deepEqual(
    [later.feeds, later.notModified, later.ok, later.failed, later.inserted, later.updated],
    [7, 2, 1, 4, 0, 0],
  );
  await store.close();
});

test('feeds past the error limit are no longer polled, and the limit caps a pass', async () => {
  const store = await openMemoryStore();
  for (const path of ['/status/500', '/feed/rss091.xml', '/feed/slashdot-rdf.xml']) {
    await store.feeds.add({ url: server.url(path), outletId: null }, NOW);
  }
  const first = await refreshDue(store, deps(NOW, 1), { concurrency: 2, limit: 2 });
  assert.equal(first.feeds, 2);
  const rest = await refreshDue(store, deps(NOW, 1), { concurrency: 2, limit: 10 });
  assert.equal(rest.feeds, 1);
  const dayLater = await refreshDue(store, deps('2024-06-05T12:00:00.000Z', 1), {
    concurrency: 2,
    limit: 10,
  });
  assert.deepEqual([dayLater.feeds, dayLater.failed], [2, 0]);
  await store.close();
});

test('a closed store is a summary with an error, not an exception', async () => {
  const store = await openMemoryStore();
  await store.close();
  const summary = await refreshDue(store, deps(), { concurrency: 2, limit: 10 });
  assert.equal(summary.feeds, 0);
  assert.ok(summary.error);
});
