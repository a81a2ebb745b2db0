import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSimpleClusterer } from '../cluster/index.ts';
import { restoreClusterer, StoryIdMap } from './assign-stories.ts';
import { importSnapshot } from './import-snapshot.ts';
import { refreshStories } from './refresh-stories.ts';
import { hostOutlets, openMemoryStore, pipelineOptions, SNAPSHOT_TAIL } from './test-helpers.ts';

const base = pipelineOptions;

test('refreshStories puts every real article in a story and synthesizes every story once', async () => {
  const store = await openMemoryStore();
  await importSnapshot(store, SNAPSHOT_TAIL, hostOutlets, base);
  const result = await refreshStories(store, {
    ...base,
    clusterer: createSimpleClusterer(),
    storyIds: new StoryIdMap(),
  });
  assert.equal(result.assigned, 600);
  assert.equal(await store.articles.count(), 600);
  assert.equal((await store.articles.listUnassigned(10)).length, 0);
  const stories = await store.stories.count();
  assert.equal(result.newStories, stories);
  assert.equal(result.synthesized, stories);
  // The AllSides roundups in the tail put one event's Left, Center and Right articles together.
  assert.ok((await store.stories.countMultiOutlet()) >= 100, 'expected at least 100 multi-outlet stories');
  const again = await refreshStories(store, {
    ...base,
    clusterer: createSimpleClusterer(),
    storyIds: new StoryIdMap(),
  });
  assert.deepEqual([again.assigned, again.synthesized], [0, 0]);
  await store.close();
});

test('after a restart the restored clusterer continues stories instead of duplicating them', async () => {
  const store = await openMemoryStore();
  await importSnapshot(store, SNAPSHOT_TAIL, hostOutlets, base);
  await refreshStories(store, { ...base, clusterer: createSimpleClusterer(), storyIds: new StoryIdMap() });
  const before = await store.stories.count();
  const [story] = await store.stories.list({ limit: 1, order: 'breadth' });
  const members = await store.articles.listForStory(story!.id);
  // A reprint of one member arrives after the restart: it must join the existing story.
  const first = members[0]!;
  await store.articles.save([
    {
      url: `${first.url}?reprint=1`,
      outletId: 'reprint.example',
      title: first.title,
      lead: first.lead,
      publishedAt: first.publishedAt,
      fetchedAt: first.fetchedAt,
      contentHash: 'reprint',
    },
  ]);
  const clusterer = createSimpleClusterer();
  const storyIds = await restoreClusterer(store, clusterer, '2000-01-01T00:00:00.000Z', base);
  const result = await refreshStories(store, { ...base, clusterer, storyIds });
  assert.deepEqual([result.assigned, result.newStories], [1, 0]);
  assert.equal(await store.stories.count(), before);
  const after = await store.stories.get(story!.id);
  assert.equal(after!.coverage.articles, members.length + 1);
  assert.ok(after!.version > story!.version);
  await store.close();
});

test('restoring a large window lets other work run between slices of the replay', async () => {
  const store = await openMemoryStore();
  await importSnapshot(store, SNAPSHOT_TAIL, hostOutlets, base);
  await refreshStories(store, { ...base, clusterer: createSimpleClusterer(), storyIds: new StoryIdMap() });
  const inner = createSimpleClusterer();
  // Each replayed article notes how many turns of the event loop other work has had so far.
  let turns = 0;
  const seen: number[] = [];
  const clusterer = {
    ...inner,
    restore(input: Parameters<typeof inner.restore>[0], story: number) {
      seen.push(turns);
      inner.restore(input, story);
    },
  };
  let running = true;
  const other = (async () => {
    while (running) {
      turns += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  await restoreClusterer(store, clusterer, '2000-01-01T00:00:00.000Z', base);
  running = false;
  await other;
  assert.equal(seen.length, 600);
  // The first 500 articles replay in one go, then other work runs before the last 100.
  assert.equal(seen[499], seen[0]);
  assert.ok(seen[500]! > seen[499]!, `turns ${seen[499]} then ${seen[500]}`);
  await store.close();
});
