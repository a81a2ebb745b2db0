import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSimpleClusterer } from '../cluster/index.ts';
import { PACKAGE_DATA_DIR } from '../config/index.ts';
import { silentLogger, silentProgress } from '../domain/index.ts';
import { createRegistry, outletsFileOf, readOutletRecords } from '../ratings/index.ts';
import { synthesizeStory } from '../summarize/index.ts';
import { StoryIdMap } from './assign-stories.ts';
import { importSnapshot } from './import-snapshot.ts';
import { rebuildStories } from './rebuild-stories.ts';
import { refreshStories } from './refresh-stories.ts';
import { openMemoryStore, SNAPSHOT_TAIL } from './test-helpers.ts';

const records = readOutletRecords(outletsFileOf(PACKAGE_DATA_DIR));
const base = {
  synthesize: synthesizeStory,
  blindspot: { minRatedOutlets: 5, maxShare: 0.1, minOtherShare: 0.5 },
  logger: silentLogger,
  progress: silentProgress,
};

test('a local override re-rates the stories of that outlet and only those', async () => {
  const shipped = createRegistry(records);
  const store = await openMemoryStore();
  await importSnapshot(store, SNAPSHOT_TAIL, shipped, base);
  await refreshStories(store, {
    ...base,
    outlets: shipped,
    clusterer: createSimpleClusterer(),
    storyIds: new StoryIdMap(),
  });
  const fox = shipped.match('https://www.foxnews.com/politics/x');
  assert.equal(fox?.bias?.bucket, 'right');
  const foxStories = new Set(
    (await store.articles.listForOutlet(fox!.id, 1_000)).map((a) => a.storyId).filter((id) => id !== null),
  );
  assert.ok(foxStories.size > 0);
  const [foxStoryId] = foxStories;
  const before = await store.stories.get(foxStoryId!);

  const overridden = createRegistry(records, {
    overrides: { 'foxnews.com': { bias: 'left', replace: true } },
  });
  const result = await rebuildStories(store, { ...base, outlets: overridden, changedOutlets: [fox!.id] });
  assert.equal(result.stories, foxStories.size, 'only the stories Fox News covered are re-synthesized');
  const after = await store.stories.get(foxStoryId!);
  assert.equal(after!.coverage.left, before!.coverage.left + 1);
  assert.equal(after!.coverage.right, before!.coverage.right - 1);
  assert.ok(after!.version > before!.version);
  await store.close();
});
