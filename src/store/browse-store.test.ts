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

testEachStore(
  'browse probes story versions in exactly the order of stories.list, and loads stories by id',
  async (store) => {
    await seedReaderFixture(store);
    const queries = [
      { limit: 10, order: 'recent' },
      { limit: 10, order: 'breadth' },
      { limit: 2, offset: 1, order: 'recent' },
      { limit: 10, order: 'breadth', since: '2021-08-02T00:00:00.000Z' },
      { limit: 10, order: 'recent', ids: [3, 1] },
      { limit: 10, order: 'recent', ids: [] },
      { limit: 10, order: 'recent', blindspot: 'any' },
    ] as const;
    for (const query of queries) {
      const stories = await store.stories.list(query);
      const versions = await store.browse.listStoryVersions(query);
      assert.deepEqual(
        versions,
        stories.map((s) => ({ id: s.id, version: s.version })),
        JSON.stringify(query),
      );
    }
    assert.equal(await store.browse.storyVersion(1), (await store.stories.get(1))!.version);
    assert.equal(await store.browse.storyVersion(99), undefined);
    assert.deepEqual(
      (await store.browse.getStories([3, 99, 1])).map((s) => s.id),
      [3, 1],
    );
    assert.deepEqual(await store.browse.getStories([]), []);
  },
);
