import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type FixtureServer, startFixtureServer } from '../../ingest/test-server.ts';
import { type FeedFarm, startFeedFarm } from '../../pipeline/feed-farm.ts';
import { runCli } from './cli-test-kit.ts';

// `parallax ingest --once` in this process, against one SQLite file and servers on 127.0.0.1.
const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
let server: FixtureServer;
let farm: FeedFarm;

before(async () => {
  server = await startFixtureServer();
  farm = await startFeedFarm({ feeds: 3, itemsPerFeed: 4 });
  process.env.PARALLAX_DB = join(dir, 'ingest.db');
  process.env.PARALLAX_ALLOW_PRIVATE_ADDRESSES = '1';
});
after(async () => {
  await server.close();
  await farm.close();
});

test('ingest --once: due feeds polled, articles stored and put in stories, failures listed by feeds list', async () => {
  const urls = [
    ...farm.feedUrls,
    server.url('/feed/wordpress-rss2.xml'),
    server.url('/status/429'),
    server.url('/feed/xxe.xml'),
  ];
  const opml = join(dir, 'feeds.opml');
  writeFileSync(
    opml,
    `<opml version="2.0"><head/><body>${urls.map((u) => `<outline type="rss" text="f" xmlUrl="${u}"/>`).join('')}</body></opml>`,
  );
  assert.equal((await runCli(['feeds', 'import-opml', opml])).code, 0);

  const run = await runCli(['ingest', '--once']);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /^feeds: 6 \(4 ok, 0 not modified, 2 failed\) in [\d.]+ s, [\d.]+ feeds\/s\n/);
  assert.match(run.out, /\narticles: 17 new, 0 updated, [\d.]+ articles\/s\n/);
  assert.match(run.out, /\nstories: [1-9]\d* changed \([1-9]\d* new\), 17 articles assigned\n/);
  assert.match(run.out, /failed: feed \d+ \S+\/status\/429 {2}http: ingest: HTTP 429 Too Many Requests/);
  // One log line per feed, with stable fields.
  const lines = run.err.split('\n').filter((l) => / feed: (refreshed|refresh failed) /.test(l));
  assert.equal(lines.length, 6);
  assert.ok(lines.every((l) => /feed_id=\d+ feed_url=http\S+ status=(ok|failed)/.test(l)));

  const list = await runCli(['feeds', 'list']);
  const rows = list.out.split('\n');
  assert.match(rows[0] ?? '', /^ID +HEALTH +LAST CHECK \(UTC\) +NEXT CHECK \(UTC\) +OUTLET +URL$/);
  assert.match(rows[1] ?? '', /failing ×1 .*\/(status\/429|feed\/xxe\.xml)$/);
  assert.match(rows[2] ?? '', /^ +(http|parse): ingest: /);
  assert.match(rows[3] ?? '', /failing ×1 /);
  assert.match(rows[5] ?? '', /^\d+ +ok +\d{4}-\d\d-\d\d \d\d:\d\d/);
  assert.match(list.out, /\n6 feeds, 2 failing\n$/);

  const again = await runCli(['ingest', '--once', '--json']);
  const summary = JSON.parse(again.out) as Record<string, unknown>;
  assert.deepEqual([summary.feeds, summary.inserted, summary.assigned], [0, 0, 0]);
});

test('ingest: options are checked (exit 2)', async () => {
  for (const args of [
    ['ingest', '--json'],
    ['ingest', '--once', '--limit', '0'],
    ['ingest', '--once', '--concurrency', 'many'],
  ]) {
    const run = await runCli(args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.err, /^parallax: /);
  }
});
