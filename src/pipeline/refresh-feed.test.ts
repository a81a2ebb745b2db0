import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { silentLogger } from '../domain/index.ts';
import { normalizeSentence } from '../extract/index.ts';
import { createFetcher, type Fetcher } from '../ingest/index.ts';
import { type FixtureServer, startFixtureServer } from '../ingest/test-server.ts';
import type { Store } from '../store/index.ts';
import { FARM_NEWSLETTER_PITCH, FARM_SITE_DESCRIPTION, startFeedFarm } from './feed-farm.ts';
import { type RefreshFeedDeps, refreshFeed } from './refresh-feed.ts';
import { hostOutlets, openMemoryStore } from './test-helpers.ts';

// refreshFeed end to end: a real HTTP server on 127.0.0.1 serving real-shaped feeds, the fetcher, the store.
let server: FixtureServer;
let now = new Date('2024-06-04T12:00:00.000Z');
const clock = () => new Date(now);
let fetcher: Fetcher;

before(async () => {
  server = await startFixtureServer();
  fetcher = createFetcher({ allowPrivateAddresses: true, now: clock, timeoutMs: 5_000 });
});
after(async () => {
  await fetcher.close();
  await server.close();
});

function deps(over: Partial<RefreshFeedDeps> = {}): RefreshFeedDeps {
  return {
    fetcher,
    outlets: hostOutlets,
    config: { fetch: { fullText: false }, schedule: { intervalMinutes: 15, maxIntervalMinutes: 24 * 60 } },
    logger: silentLogger,
    now: clock,
    ...over,
  };
}

async function subscribe(store: Store, path: string) {
  return store.feeds.add({ url: server.url(path), outletId: null }, now.toISOString());
}

const minutesAfterNow = (iso: string | null | undefined) => (Date.parse(iso ?? '') - now.getTime()) / 60_000;

test('a new feed: its items stored once each (duplicate guid folded), then a 304 stores nothing', async () => {
  const store = await openMemoryStore();
  const feed = await subscribe(store, '/feed/wordpress-rss2.xml');
  const first = await refreshFeed(store, feed.id, deps());
  assert.deepEqual([first.status, first.inserted, first.updated], ['ok', 5, 0]);
  const saved = await store.feeds.get(feed.id);
  assert.equal(saved?.title, 'The Riverside Ledger – Local news, politics & more');
  assert.ok(saved?.etag);
  // sy:updatePeriod hourly beats the 15-minute interval and Cache-Control max-age=600.
  assert.equal(minutesAfterNow(saved?.nextCheckAt), 60);
  const articles = await store.articles.listUnassigned(10);
  assert.ok(articles.every((a) => a.outletId === 'ledger.example.com' && a.feedId === feed.id));
  assert.ok(articles.every((a) => !a.url.includes('utm_')));
  const undated = articles.find((a) => a.title === 'Farmers market returns to Main Street');
  assert.equal(undated?.publishedAt, now.toISOString());

  now = new Date(now.getTime() + 60 * 60_000);
  const second = await refreshFeed(store, feed.id, deps());
  assert.deepEqual([second.status, second.inserted, second.updated], ['not-modified', 0, 0]);
  assert.equal(server.requests.at(-1)?.headers['if-none-match'], saved?.etag);
  assert.equal(await store.articles.count(), 5);
  assert.equal((await store.feeds.get(feed.id))?.checkedAt, now.toISOString());
  await store.close();
});

test('a feed that changes: the new item inserted, the edited one updated in place and its story re-synthesized', async () => {
  const store = await openMemoryStore();
  server.changingVersion = 1;
  const feed = await subscribe(store, '/changing');
  const first = await refreshFeed(store, feed.id, deps());
  assert.deepEqual([first.inserted, first.updated], [2, 0]);
  const [a1] = first.changedIds as [number];
  await store.transaction((trx) =>
    trx.stories.applyAssignments(
      [
        {
          articleId: a1,
          storyId: 1,
          isNew: true,
          duplicateOf: null,
          publishedAt: now.toISOString(),
          title: 'Mayor announces budget plan',
          score: 1,
          runnerUp: null,
          sharedTerms: [],
          sharedEntities: [],
        },
      ],
      now.toISOString(),
    ),
  );
  await store.db.updateTable('stories').set({ dirty: 0 }).execute();

  now = new Date(now.getTime() + 30 * 60_000);
  assert.equal((await refreshFeed(store, feed.id, deps())).status, 'not-modified');
  server.changingVersion = 2;
  const changed = await refreshFeed(store, feed.id, deps());
  assert.deepEqual([changed.status, changed.inserted, changed.updated, changed.unchanged], ['ok', 1, 1, 1]);
  assert.equal((await store.articles.get(a1))?.title, 'Mayor announces budget plan, cuts parks');
  assert.equal(await store.articles.count(), 3);
  assert.deepEqual(await store.stories.listDirtyIds(10), [1]);
  // <ttl>30</ttl>
  assert.equal(minutesAfterNow((await store.feeds.get(feed.id))?.nextCheckAt), 30);
  server.changingVersion = 1;
  await store.close();
});

test("an item the registry does not know is its site's article: one unrated outlet, not an outlet per article", async () => {
  const store = await openMemoryStore();
  const feed = await subscribe(store, '/feed/wordpress-rss2.xml');
  const unknown = { get: () => undefined, match: () => undefined, all: () => [] };
  const result = await refreshFeed(store, feed.id, deps({ outlets: unknown }));
  assert.deepEqual([result.status, result.inserted], ['ok', 5]);
  const articles = await store.articles.listUnassigned(10);
  // The items link to ledger.example.com: its registered domain stands for the outlet.
  assert.deepEqual([...new Set(articles.map((a) => a.outletId))], ['example.com']);
  await store.close();
});

test('429 with Retry-After: the error is saved and the next check waits for it; failures back off', async () => {
  const store = await openMemoryStore();
  const feed = await subscribe(store, '/status/429');
  const quick = { intervalMinutes: 1, maxIntervalMinutes: 60 };
  const result = await refreshFeed(
    store,
    feed.id,
    deps({ config: { fetch: { fullText: false }, schedule: quick } }),
  );
  assert.equal(result.status, 'failed');
  assert.equal(result.error?.kind, 'http');
  assert.match(result.error?.message ?? '', /^ingest: HTTP 429 Too Many Requests/);
  const failing = await store.feeds.get(feed.id);
  assert.deepEqual([failing?.errorCount, failing?.lastError?.kind], [1, 'http']);
  // Retry-After: 120 outweighs the one-minute interval.
  assert.equal(minutesAfterNow(failing?.nextCheckAt), 2);

  const unavailable = await subscribe(store, '/status/503');
  await refreshFeed(store, unavailable.id, deps());
  // Retry-After in 2099 is capped at a week.
  assert.equal(minutesAfterNow((await store.feeds.get(unavailable.id))?.nextCheckAt), 7 * 24 * 60);

  const gone = await subscribe(store, '/status/404');
  for (const expected of [15, 30, 60]) {
    await refreshFeed(store, gone.id, deps());
    assert.equal(minutesAfterNow((await store.feeds.get(gone.id))?.nextCheckAt), expected);
  }
  assert.equal((await store.feeds.get(gone.id))?.errorCount, 3);
  await store.close();
});

test('a success clears the error count and the last error', async () => {
  const store = await openMemoryStore();
  server.changingVersion = 9; // no such fixture: 404
  const feed = await subscribe(store, '/changing');
  assert.equal((await refreshFeed(store, feed.id, deps())).status, 'failed');
  assert.equal((await store.feeds.get(feed.id))?.lastError?.kind, 'http');
  server.changingVersion = 1;
  assert.equal((await refreshFeed(store, feed.id, deps())).status, 'ok');
  const healed = await store.feeds.get(feed.id);
  assert.deepEqual([healed?.errorCount, healed?.lastError], [0, null]);
  await store.close();
});

test('a feed moved permanently (301) is followed to its new address from then on; a temporary move is not', async () => {
  const store = await openMemoryStore();
  const moved = await subscribe(store, '/redirect/permanent');
  const result = await refreshFeed(store, moved.id, deps());
  assert.deepEqual([result.status, result.inserted], ['ok', 5]);
  assert.equal((await store.feeds.get(moved.id))?.url, server.url('/feed/wordpress-rss2.xml'));
  now = new Date(now.getTime() + 60 * 60_000);
  const again = await refreshFeed(store, moved.id, deps());
  assert.equal(again.status, 'not-modified');
  assert.equal(server.requests.at(-1)?.path, '/feed/wordpress-rss2.xml');

  // A temporary redirect keeps the address; so does a permanent one onto a feed that is subscribed already.
  const temporary = await subscribe(store, '/redirect/chain/1');
  await refreshFeed(store, temporary.id, deps());
  assert.equal((await store.feeds.get(temporary.id))?.url, server.url('/redirect/chain/1'));
  const duplicate = await subscribe(store, '/redirect/permanent');
  await refreshFeed(store, duplicate.id, deps());
  assert.equal((await store.feeds.get(duplicate.id))?.url, server.url('/redirect/permanent'));
  assert.equal(await store.articles.count(), 5);
  await store.close();
});

test('parse errors, refused addresses and unknown feeds are results, not exceptions', async () => {
  const store = await openMemoryStore();
  const xxe = await subscribe(store, '/feed/xxe.xml');
  const parse = await refreshFeed(store, xxe.id, deps());
  assert.deepEqual([parse.status, parse.error?.kind], ['failed', 'parse']);
  const strict = createFetcher({ now: clock });
  const blocked = await refreshFeed(store, xxe.id, deps({ fetcher: strict }));
  await strict.close();
  assert.deepEqual([blocked.error?.kind, (await store.feeds.get(xxe.id))?.errorCount], ['blocked', 2]);
  assert.equal((await refreshFeed(store, 999, deps())).status, 'missing');
  await store.close();
});

test('the same article in two feeds is stored once', async () => {
  const store = await openMemoryStore();
  const plain = await subscribe(store, '/feed/wordpress-rss2.xml');
  const gzip = await subscribe(store, '/gzip/wordpress-rss2.xml');
  assert.equal((await refreshFeed(store, plain.id, deps())).inserted, 5);
  const again = await refreshFeed(store, gzip.id, deps());
  assert.deepEqual([again.status, again.inserted, again.updated, again.unchanged], ['ok', 0, 0, 5]);
  assert.equal(await store.articles.count(), 5);
  await store.close();
});

test('an aborted refresh records nothing and leaves the feed due', async () => {
  const store = await openMemoryStore();
  const feed = await subscribe(store, '/feed/rss091.xml');
  const controller = new AbortController();
  controller.abort();
  const result = await refreshFeed(store, feed.id, deps({ signal: controller.signal }));
  assert.equal(result.status, 'cancelled');
  const untouched = await store.feeds.get(feed.id);
  assert.deepEqual([untouched?.errorCount, untouched?.checkedAt], [0, null]);
  await store.close();
});

test('full text: title-only items get their page once per version, under the canonical URL', async () => {
  const farm = await startFeedFarm({ feeds: 1, itemsPerFeed: 3, titleOnly: true });
  const store = await openMemoryStore();
  const feed = await store.feeds.add({ url: farm.feedUrls[0]!, outletId: 'farm' }, now.toISOString());
  const withPages = deps({
    config: { fetch: { fullText: true }, schedule: { intervalMinutes: 15, maxIntervalMinutes: 60 } },
  });
  const first = await refreshFeed(store, feed.id, withPages);
  assert.equal(first.inserted, 3);
  assert.equal(farm.served.article, 3);
  const stored = await store.articles.listUnassigned(10);
  assert.deepEqual(stored.map((a) => a.url).sort(), [...farm.articleUrls].sort());
  assert.ok(stored.every((a) => a.lead.startsWith('The council of district 0')));
  // The item without a date took the page's.
  assert.ok(stored.every((a) => a.publishedAt !== now.toISOString()));

  const second = await refreshFeed(store, feed.id, withPages);
  assert.deepEqual([second.inserted, second.updated, second.unchanged], [0, 0, 3]);
  assert.equal(farm.served.article, 3);
  await store.close();
  await farm.close();
});

test("full text: the site's template is left out of the pages read together, and remembered", async () => {
  const farm = await startFeedFarm({ feeds: 1, itemsPerFeed: 3, titleOnly: true, pageTemplate: true });
  const store = await openMemoryStore();
  const feed = await store.feeds.add({ url: farm.feedUrls[0]!, outletId: 'farm' }, now.toISOString());
  const withPages = deps({
    config: { fetch: { fullText: true }, schedule: { intervalMinutes: 15, maxIntervalMinutes: 60 } },
  });
  assert.equal((await refreshFeed(store, feed.id, withPages)).inserted, 3);
  const stored = await store.articles.listUnassigned(10);
  for (const a of stored) {
    // The site's description was every page's summary; the lead now comes from the article.
    assert.match(a.lead, /^The council of district 0 voted on item \d/);
    const text = (await store.articles.getTextState(a.id))?.text ?? '';
    assert.ok(!text.includes('morning newsletter'), text);
    assert.match(text, /^The council of district 0/);
  }
  assert.deepEqual(
    (await store.feeds.templateSentences(feed.id)).sort(),
    [FARM_NEWSLETTER_PITCH, FARM_SITE_DESCRIPTION].map(normalizeSentence).sort(),
  );
  await store.close();
  await farm.close();
});

test("a sentence that opens several items is the feed's template: left out of their leads, the news kept", async () => {
  const store = await openMemoryStore();
  const feed = await subscribe(store, '/feed/template-openers-rss.xml');
  const result = await refreshFeed(store, feed.id, deps());
  assert.deepEqual([result.status, result.inserted], ['ok', 4]);
  const leads = new Map((await store.articles.listUnassigned(10)).map((a) => [a.title, a.lead]));
  assert.ok(
    [...leads.values()].every((lead) => !lead.includes('coronavirus coverage free')),
    [...leads.values()].join('\n'),
  );
  assert.equal(
    leads.get('County health officials extend the indoor mask order through May'),
    'County health officials on Tuesday extended the order requiring masks in stores and on buses through the end of May, citing a rise in hospital admissions.',
  );
  assert.equal(
    leads.get('Review: a quiet, furious novel about a family farm'),
    'The best novel of the spring so far is set on a dairy farm that three generations have failed to sell.',
  );
  await store.close();
});
