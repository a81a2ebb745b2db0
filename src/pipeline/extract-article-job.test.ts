import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { silentLogger } from '../domain/index.ts';
import { createFetcher, type Fetcher } from '../ingest/index.ts';
import { runExtractArticleJob } from './extract-article-job.ts';
import { startFeedFarm } from './feed-farm.ts';
import { refreshFeed } from './refresh-feed.ts';
import { hostOutlets, openMemoryStore } from './test-helpers.ts';

// Deferred full text as a worker runs it: the poll stores title-only items at once and hands them on; each job
// reads one page. A real HTTP server on 127.0.0.1 (the feed farm) and a real store.
const now = new Date('2024-06-04T12:00:00.000Z');
let fetcher: Fetcher;
before(() => {
  fetcher = createFetcher({ allowPrivateAddresses: true, now: () => now, timeoutMs: 5_000 });
});
after(() => fetcher.close());

const jobDeps = () => ({ fetcher, logger: silentLogger, now: () => now });

test('title-only items are stored at once, queued, and completed from their pages once each', async () => {
  const farm = await startFeedFarm({ feeds: 1, itemsPerFeed: 3, titleOnly: true });
  const store = await openMemoryStore();
  const feed = await store.feeds.add({ url: farm.feedUrls[0]!, outletId: 'farm' }, now.toISOString());
  const queued: number[] = [];
  const result = await refreshFeed(store, feed.id, {
    fetcher,
    outlets: hostOutlets,
    config: { fetch: { fullText: true }, schedule: { intervalMinutes: 15, maxIntervalMinutes: 60 } },
    logger: silentLogger,
    now: () => now,
    deferFullText: async (ids) => {
      queued.push(...ids);
    },
  });
  assert.equal(result.inserted, 3);
  assert.equal(farm.served.article, 0, 'the poll itself reads no page');
  assert.deepEqual([...queued].sort(), [...result.changedIds].sort());
  for (const id of queued) assert.equal((await store.articles.getTextState(id))?.text, undefined);

  const outcomes = [];
  for (const articleId of queued) outcomes.push(await runExtractArticleJob(store, { articleId }, jobDeps()));
  assert.deepEqual(outcomes, ['completed', 'completed', 'completed']);
  assert.equal(farm.served.article, 3);
  for (const id of queued) {
    const state = await store.articles.getTextState(id);
    assert.ok(state?.text);
    assert.match(state?.lead ?? '', /^The council of district 0/);
  }
  // A job run again (its worker died after the write) changes nothing and fetches nothing.
  assert.equal(await runExtractArticleJob(store, { articleId: queued[0]! }, jobDeps()), 'skipped');
  assert.equal(farm.served.article, 3);
  await store.close();
  await farm.close();
});

test("pages read one per job: the site's template is found on the third page and left out from then on", async () => {
  const farm = await startFeedFarm({ feeds: 1, itemsPerFeed: 5, titleOnly: true, pageTemplate: true });
  const store = await openMemoryStore();
  const feed = await store.feeds.add({ url: farm.feedUrls[0]!, outletId: 'farm' }, now.toISOString());
  const queued: number[] = [];
  await refreshFeed(store, feed.id, {
    fetcher,
    outlets: hostOutlets,
    config: { fetch: { fullText: true }, schedule: { intervalMinutes: 15, maxIntervalMinutes: 60 } },
    logger: silentLogger,
    now: () => now,
    deferFullText: async (ids) => {
      queued.push(...ids);
    },
  });
  queued.sort((a, b) => a - b);
  assert.equal(queued.length, 5);
  const withPitch: boolean[] = [];
  for (const articleId of queued) {
    assert.equal(await runExtractArticleJob(store, { articleId }, jobDeps()), 'completed');
    const state = await store.articles.getTextState(articleId);
    withPitch.push(state?.text?.includes('morning newsletter') ?? false);
    if (!withPitch.at(-1)) assert.match(state?.lead ?? '', /^The council of district 0/);
  }
  // Two pages are no pattern yet; the third shows it (two stored bodies and its own), and it is kept.
  assert.deepEqual(withPitch, [true, true, false, false, false]);
  assert.equal((await store.feeds.templateSentences(feed.id)).length, 2);
  await store.close();
  await farm.close();
});

test('a page that cannot be read leaves the feed text; a deleted article is missing; bad data throws', async () => {
  const store = await openMemoryStore();
  const { changedIds } = await store.articles.save([
    {
      url: 'http://127.0.0.1:9/gone',
      outletId: null,
      title: 'A headline only',
      lead: '',
      publishedAt: now.toISOString(),
      fetchedAt: now.toISOString(),
      contentHash: 'h1',
    },
  ]);
  assert.equal(await runExtractArticleJob(store, { articleId: changedIds[0]! }, jobDeps()), 'failed');
  assert.equal((await store.articles.getTextState(changedIds[0]!))?.text, undefined);
  assert.equal(await runExtractArticleJob(store, { articleId: 999 }, jobDeps()), 'missing');
  await assert.rejects(
    runExtractArticleJob(store, { articleId: 'x' as unknown as number }, jobDeps()),
    /extract-article: job data has no articleId/,
  );
  await store.close();
});
