import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { type FeedFarm, startFeedFarm } from '../../pipeline/feed-farm.ts';
import { openStore } from '../../store/index.ts';
import { spawnParallax } from './cli-test-kit.ts';

// `parallax serve --live` end to end: default sources subscribed on an empty store, feeds polled by the
// scheduler, articles carried into stories, health on /admin/feeds, and a clean stop on SIGTERM mid-fetch.
const ROOT = resolve(import.meta.dirname, '../../..');
const children: ChildProcess[] = [];
const farms: FeedFarm[] = [];
after(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const farm of farms) await farm.close();
});

test('serve --live subscribes the default sources, polls them, builds stories and stops cleanly on SIGTERM', async () => {
  const fast = await startFeedFarm({ feeds: 2, itemsPerFeed: 5 });
  // A feed whose body takes a minute: its fetch is in flight when the server is stopped.
  const slow = await startFeedFarm({ feeds: 1, itemsPerFeed: 5, slowBodyMs: 60_000 });
  farms.push(fast, slow);
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-live-'));
  cpSync(join(ROOT, 'data/outlets'), join(dataDir, 'outlets'), { recursive: true });
  mkdirSync(join(dataDir, 'sources'));
  const feeds = [...fast.feedUrls, ...slow.feedUrls].map((url) => ({
    url,
    outlet: 'bbc.com',
    outletName: 'BBC News',
    set: 'core',
    categories: ['World'],
  }));
  writeFileSync(join(dataDir, 'sources', 'sources.json'), JSON.stringify({ feeds }));
  const configFile = join(dataDir, 'config.json');
  // The clustering writer's own interval is long: stories appear only because each feed's articles wake it.
  writeFileSync(
    configFile,
    JSON.stringify({ schedule: { tickSeconds: 1 }, worker: { clusterIntervalMs: 600_000 } }),
  );
  const db = join(dataDir, 'live.db');

  const { child, out, err, exited } = spawnParallax(['serve', '--live'], {
    PARALLAX_DB: db,
    PARALLAX_DATA_DIR: dataDir,
    PARALLAX_CONFIG: configFile,
    PARALLAX_ALLOW_PRIVATE_ADDRESSES: '1',
    PORT: '0',
  });
  children.push(child);
  let url: string | undefined;
  for (let waited = 0; !url && waited < 30_000; waited += 50) {
    await sleep(50);
    url = /serving .* at (http:\/\/\S+)/.exec(out())?.[1];
  }
  assert.ok(url, `the server did not start: ${err()}`);

  // The scheduler polls the feeds; the clustering writer, woken by the pass, puts their articles in stories.
  let stories: { article_count: number }[] = [];
  for (let waited = 0; stories.length === 0 && waited < 30_000; waited += 200) {
    await sleep(200);
    const body = (await (await fetch(`${url}/api/stories?limit=5`)).json()) as { stories: typeof stories };
    stories = body.stories;
  }
  assert.ok(stories.length > 0, `no stories after the first pass: ${err()}`);
  assert.match(err(), /ingest: subscribed to the default sources .*set=core feeds=3/);

  const page = await (await fetch(`${url}/admin/feeds`)).text();
  assert.match(page, /3 feeds: 0 failing,\s*1 not polled yet/);
  assert.equal(page.match(/<td>OK<\/td>/g)?.length, 2);
  assert.match(page, /href="\/sources\/bbc\.com">BBC News</);

  child.kill('SIGTERM');
  assert.equal((await exited).code, 0);
  assert.match(err(), /serve: shutting down signal=SIGTERM/);

  const store = await openStore({ sqlitePath: db });
  assert.equal(await store.articles.count(), 10);
  const interrupted = await store.feeds.getByUrl(slow.feedUrls[0]!);
  // Stopping cancelled its fetch: no error recorded, still due for the next start.
  assert.deepEqual([interrupted?.errorCount, interrupted?.checkedAt], [0, null]);
  assert.ok(await store.meta.get('feeds.default_sources_subscribed'));
  await store.close();
});

/** `parallax ingest ARGS` (no --once) over a database subscribed to a feed farm's feeds. */
async function startIngestLoop(
  farmOptions: { feeds: number; itemsPerFeed: number },
  tickSeconds: number,
  args: string[],
) {
  const farm = await startFeedFarm(farmOptions);
  farms.push(farm);
  const dir = mkdtempSync(join(tmpdir(), 'parallax-loop-'));
  const db = join(dir, 'loop.db');
  const store = await openStore({ sqlitePath: db });
  for (const url of farm.feedUrls) await store.feeds.add({ url, outletId: null }, '2024-06-01T00:00:00.000Z');
  await store.close();
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ schedule: { tickSeconds, defaultSources: 'none' } }));
  const run = spawnParallax(['ingest', ...args], {
    PARALLAX_DB: db,
    PARALLAX_CONFIG: configFile,
    PARALLAX_ALLOW_PRIVATE_ADDRESSES: '1',
  });
  children.push(run.child);
  return run;
}

test('ingest without --once is the same loop without the web server, and stops on SIGTERM', async () => {
  const { child, err, exited } = await startIngestLoop({ feeds: 2, itemsPerFeed: 3 }, 1, []);
  for (let waited = 0; !/ingest: pass done/.test(err()) && waited < 30_000; waited += 50) await sleep(50);
  assert.match(err(), /ingest: pass done feeds=2 ok=2 not_modified=0 failed=0 inserted=6 updated=0/);
  for (let waited = 0; !/cluster: assigned articles/.test(err()) && waited < 10_000; waited += 50)
    await sleep(50);
  child.kill('SIGTERM');
  assert.equal((await exited).code, 0);
  assert.match(err(), /ingest: stopping signal=SIGTERM/);
});

test('ingest without --once polls with its --limit and --concurrency', async () => {
  const { child, err, exited } = await startIngestLoop({ feeds: 3, itemsPerFeed: 2 }, 60, [
    '--limit',
    '1',
    '--concurrency',
    '1',
  ]);
  for (let waited = 0; !/ingest: pass done/.test(err()) && waited < 30_000; waited += 50) await sleep(50);
  assert.match(err(), /ingest: live tick_seconds=60 concurrency=1\n/);
  assert.match(err(), /ingest: pass done feeds=1 ok=1 /);
  child.kill('SIGTERM');
  assert.equal((await exited).code, 0);
});
