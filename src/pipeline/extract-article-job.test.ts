import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { silentLogger } from '../domain/index.ts';
import { createFetcher, type Fetcher } from '../ingest/index.ts';
import type { Store } from '../store/index.ts';
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

/** Polls a feed as a worker does with fetch.fullText: items stored at once, their ids queued for page jobs. */
async function pollDeferred(store: Store, feedId: number) {
  const queued: number[] = [];
  const result = await refreshFeed(store, feedId, {
    fetcher,
    outlets: hostOutlets,
    config: { fetch: { fullText: true }, schedule: { intervalMinutes: 15, maxIntervalMinutes: 60 } },
    logger: silentLogger,
    now: () => now,
    deferFullText: async (ids) => {
      queued.push(...ids);
    },
  });
  return { result, queued };
}

test('title-only items are stored at once, queued, and completed from their pages once each', async () => {
  const farm = await startFeedFarm({ feeds: 1, itemsPerFeed: 3, titleOnly: true });
  const store = await openMemoryStore();
  const feed = await store.feeds.add({ url: farm.feedUrls[0]!, outletId: 'farm' }, now.toISOString());
  const { result, queued } = await pollDeferred(store, feed.id);
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

test("pages read one per job: the site's template is found on the third page, and the first two are cleaned then", async () => {
  const farm = await startFeedFarm({ feeds: 1, itemsPerFeed: 5, titleOnly: true, pageTemplate: true });
  const store = await openMemoryStore();
  const feed = await store.feeds.add({ url: farm.feedUrls[0]!, outletId: 'farm' }, now.toISOString());
  const { queued } = await pollDeferred(store, feed.id);
  queued.sort((a, b) => a - b);
  assert.equal(queued.length, 5);
  const pitched = async () => {
    const texts = await Promise.all(queued.map((id) => store.articles.getTextState(id)));
    return texts.map((t) => t?.text?.includes('morning newsletter') ?? false);
  };
  const runJob = async (articleId: number) =>
    assert.equal(await runExtractArticleJob(store, { articleId }, jobDeps()), 'completed');
  await runJob(queued[0]!);
  await runJob(queued[1]!);
  // Two pages are no pattern yet.
  assert.deepEqual(await pitched(), [true, true, false, false, false]);
  assert.deepEqual(await store.feeds.templateSentences(feed.id), []);
  await runJob(queued[2]!);
  // The third shows it (two stored bodies and its own): all three are cleaned, and the feed knows it.
  assert.deepEqual(await pitched(), [false, false, false, false, false]);
  assert.equal((await store.feeds.templateSentences(feed.id)).length, 2);
  await runJob(queued[3]!);
  await runJob(queued[4]!);
  assert.deepEqual(await pitched(), [false, false, false, false, false]);
  for (const id of queued) {
    assert.match(
      (await store.articles.getTextState(id))?.lead ?? '',
      /^The council of district 0 voted on item \d/,
    );
  }
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
