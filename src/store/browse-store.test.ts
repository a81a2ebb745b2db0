import assert from 'node:assert/strict';
import { seedReaderFixture, testEachStore } from './testdata/reader-fixture.ts';

testEachStore('browse lists the outlets of stories with their article counts', async (store) => {
  await seedReaderFixture(store);
  const outlets = await store.browse.listStoryOutlets([1, 3, 42]);
  assert.deepEqual(
    outlets.get(1)?.map((o) => [o.outletId, o.articles]),
    [
      ['cnn.com', 1],
      ['foxnews.com', 1],
      ['reuters.com', 1],
    ],
  );
  assert.deepEqual(outlets.get(3), [{ outletId: null, articles: 1 }]);
  assert.equal(outlets.has(42), false);
  assert.equal((await store.browse.listStoryOutlets([])).size, 0);
});

testEachStore('browse lists what an outlet covered, newest first, and what it published', async (store) => {
  await seedReaderFixture(store);
  const stories = await store.browse.listStoriesOfOutlet('cnn.com', { limit: 10 });
  assert.deepEqual(
    stories.map((s) => s.id),
    [2, 1],
  );
  assert.deepEqual(
    (await store.browse.listStoriesOfOutlet('cnn.com', { limit: 1, offset: 1 })).map((s) => s.id),
    [1],
  );
  assert.deepEqual(await store.browse.listStoriesOfOutlet('nobody.example', { limit: 10 }), []);
  assert.deepEqual(await store.browse.describeOutlet('reuters.com'), {
    articles: 2,
    stories: 2,
    latestAt: (await store.articles.listForOutlet('reuters.com', 1))[0]!.publishedAt,
  });
  assert.deepEqual(await store.browse.describeOutlet('nobody.example'), {
    articles: 0,
    stories: 0,
    latestAt: null,
  });
  const publishing = await store.browse.listPublishingOutlets();
  assert.deepEqual(
    publishing.map((o) => [o.outletId, o.articles]),
    [
      ['cnn.com', 2],
      ['reuters.com', 2],
      ['foxnews.com', 1],
    ],
  );
});
