import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedReaderFixture, testEachStore } from './testdata/reader-fixture.ts';
import { topicSlug } from './topic-slug.ts';

testEachStore(
  'topics index the entities of every story once, and again only when a story changes',
  async (store) => {
    await seedReaderFixture(store);
    assert.equal(await store.topics.indexChangedStories(), 3);
    assert.equal(await store.topics.indexChangedStories(), 0);
    const recurring = await store.topics.list({ limit: 10 });
    assert.deepEqual(
      recurring.map((t) => [t.slug, t.stories]),
      [
        ['senate', 2],
        ['joe-biden', 2],
      ],
    );
    const biden = await store.topics.get('joe-biden');
    assert.equal(biden?.name, 'Joe Biden');
    assert.equal(biden?.latestAt.slice(0, 10), '2021-08-02');
    const stories = await store.topics.listStories('joe-biden', { limit: 10 });
    assert.deepEqual(
      stories.map((s) => s.id),
      [2, 1],
    );
    assert.equal(await store.topics.get('nobody'), undefined);
    // A new synthesis replaces the story's topics.
    const story = (await store.stories.get(3))!;
    await store.stories.saveSynthesis(3, {
      title: story.title,
      summary: story.summary,
      keyPoints: [],
      frames: [],
      coverage: story.coverage,
      blindspot: null,
      firstPublishedAt: story.firstPublishedAt,
      updatedAt: story.updatedAt,
      firstArticleId: story.firstReporter?.articleId ?? null,
      firstOutletId: null,
      entities: ['Kabul'],
    });
    assert.equal(await store.topics.indexChangedStories(), 1);
    assert.equal((await store.topics.get('senate'))?.stories, 1);
    assert.equal((await store.topics.get('kabul'))?.stories, 2);
    assert.equal(await store.topics.get('zurich'), undefined);
  },
);

testEachStore('topics list a window, single mentions on request, and related topics', async (store) => {
  await seedReaderFixture(store);
  await store.topics.indexChangedStories();
  const recent = await store.topics.list({ limit: 10, since: '2021-08-02T00:00:00.000Z', minStories: 1 });
  assert.ok(recent.some((t) => t.slug === 'zurich'));
  assert.ok(recent.every((t) => t.slug !== 'united-states'));
  const related = await store.topics.listRelated('joe-biden', 5);
  assert.deepEqual(related.map((t) => t.slug).sort(), ['kabul', 'senate', 'united-states']);
  const senate = related.find((t) => t.slug === 'senate')!;
  assert.equal(senate.stories, 1);
  await store.topics.saveStoryTopics(2, 99, ['Kabul', 'KABUL', '  ']);
  assert.equal(
    (await store.topics.listRelated('joe-biden', 5)).some((t) => t.slug === 'kabul'),
    false,
  );
  // A dateline's capitals do not name the topic when most stories write it otherwise.
  await store.topics.saveStoryTopics(3, 98, ['KABUL']);
  assert.equal((await store.topics.get('kabul'))?.name, 'KABUL', 'one story each: the first in sort order');
  await store.topics.saveStoryTopics(1, 98, ['Kabul']);
  assert.equal((await store.topics.get('kabul'))?.name, 'Kabul');
  assert.equal(
    (await store.topics.list({ limit: 20, minStories: 1 })).find((t) => t.slug === 'kabul')?.name,
    'Kabul',
  );
});

testEachStore(
  'a surname alone folds into the full name most stories give, not into a rare one',
  async (store) => {
    await seedReaderFixture(store);
    await store.topics.saveStoryTopics(1, 9, ['Donald Trump', 'Kamala Harris']);
    await store.topics.saveStoryTopics(2, 9, ['President Donald Trump', 'Melania Trump']);
    await store.topics.saveStoryTopics(3, 9, ['Trump', 'Harris']);
    // Two stories give "Donald Trump": not yet enough to stand for every "Trump".
    assert.equal((await store.topics.get('trump'))?.stories, 1);
    await store.topics.saveStoryTopics(4, 9, ['Donald Trump']);
    // Story 4 is no story of the fixture: it counts for the fold, pages list only stories that exist.
    assert.equal(await store.topics.get('trump'), undefined);
    assert.equal((await store.topics.get('donald-trump'))?.stories, 3);
    assert.deepEqual(
      (await store.topics.listStories('donald-trump', { limit: 5 })).map((s) => s.id),
      [3, 2, 1],
    );
    // The story that named only "Trump" now lists the full name, whose page holds it.
    assert.deepEqual(await store.topics.ofStory(3), [
      { slug: 'donald-trump', name: 'Donald Trump' },
      { slug: 'harris', name: 'Harris' },
    ]);
    // One story of Kamala Harris is too few to say who "Harris" is.
    assert.equal((await store.topics.get('harris'))?.stories, 1);
    assert.equal((await store.topics.get('melania-trump'))?.stories, 1);
  },
);

test('topicSlug folds case, accents and punctuation', () => {
  assert.equal(topicSlug('U.S. Senate'), 'u-s-senate');
  assert.equal(topicSlug('Zürich'), 'zurich');
  assert.equal(topicSlug("O'Rourke"), 'o-rourke');
  assert.equal(topicSlug('東京'), '東京');
  assert.equal(topicSlug(' — '), undefined);
});
