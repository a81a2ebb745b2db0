import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSimpleClusterer } from '../cluster/index.ts';
import { restoreClusterer, StoryIdMap } from './assign-stories.ts';
import { importSnapshot } from './import-snapshot.ts';
import { refreshStories } from './refresh-stories.ts';
import { STORIES_EDITED_KEY, splitStory } from './split-story.ts';
import { hostOutlets, openMemoryStore, pipelineOptions, SNAPSHOT_TAIL } from './test-helpers.ts';

const base = pipelineOptions;

test('after a split and a restart, a reprint of a moved article joins the new story, not the old one', async () => {
  const store = await openMemoryStore();
  await importSnapshot(store, SNAPSHOT_TAIL, hostOutlets, base);
  await refreshStories(store, { ...base, clusterer: createSimpleClusterer(), storyIds: new StoryIdMap() });
  const [story] = await store.stories.list({ limit: 1, order: 'breadth' });
  const members = await store.articles.listForStory(story!.id);
  // The newest of them: a story split off stays open to new articles as long as its newest article is recent.
  const moved = members.findLast((a) => a.duplicateOf === null)!;
  const split = await splitStory(store, story!.id, [moved.id], base);
  assert.match(
    (await store.meta.get(STORIES_EDITED_KEY)) ?? '',
    new RegExp(`split ${story!.id} into ${split.newStoryId}$`),
    'a running clustering writer learns of the split',
  );
  assert.ok(split.articleIds.includes(moved.id));
  assert.deepEqual(await store.stories.listDirtyIds(10), []);
  await store.articles.save([
    {
      url: `${moved.url}?reprint=1`,
      outletId: 'reprint.example',
      title: moved.title,
      lead: moved.lead,
      publishedAt: moved.publishedAt,
      fetchedAt: moved.fetchedAt,
      contentHash: 'reprint',
    },
  ]);
  const clusterer = createSimpleClusterer();
  const storyIds = await restoreClusterer(store, clusterer, '2000-01-01T00:00:00.000Z', base);
  const result = await refreshStories(store, { ...base, clusterer, storyIds });
  assert.deepEqual([result.assigned, result.newStories], [1, 0]);
  const [reprint] = (await store.articles.listForStory(split.newStoryId)).filter((a) =>
    a.url.endsWith('?reprint=1'),
  );
  assert.ok(reprint, 'the reprint joined the new story');
  await store.close();
});
