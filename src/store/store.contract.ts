import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Outlet } from '../domain/index.ts';
import type { NewArticle } from './article-store.ts';
import { AssignmentConflictError } from './assignment-conflict-error.ts';
import { StorySplitError } from './story-split-error.ts';
import type { Store } from './store.ts';
import type { StoryAssignment, StorySynthesis } from './story-store.ts';

/** Opens a fresh, empty, migrated store; each call must give a database of its own. */
export type OpenStore = () => Promise<Store>;

/**
 * The behaviour every back end of the store must show, registered as node:test tests. Run by sqlite.test.ts
 * and postgres.test.ts, so that a query that works on one database and not the other fails here.
 */
export function runStoreContract(name: string, open: OpenStore): void {
  const it = (title: string, body: (store: Store) => Promise<void>) =>
    test(`${name}: ${title}`, async () => {
      const store = await open();
      try {
        await body(store);
      } finally {
        await store.close();
      }
    });

  it('saving a batch stores every article once; saving it again changes nothing', async (store) => {
    const batch = [article(1), article(2), article(3, { feedId: 7, guid: 'g-3' })];
    const first = await store.articles.save(batch, T0);
    assert.deepEqual([first.inserted, first.updated, first.unchanged], [3, 0, 0]);
    assert.equal(first.changedIds.length, 3);
    const again = await store.articles.save(batch, T1);
    assert.deepEqual([again.inserted, again.updated, again.unchanged, again.changedIds], [0, 0, 3, []]);
    assert.equal(await store.articles.count(), 3);
  });

  it('an article whose content changed is updated in place', async (store) => {
    const { changedIds } = await store.articles.save([article(1)], T0);
    const changed = { ...article(1), title: 'Senate passes the budget — updated', contentHash: 'h1-v2' };
    const result = await store.articles.save([changed], T1);
    assert.deepEqual([result.inserted, result.updated, result.changedIds], [0, 1, changedIds]);
    const stored = await store.articles.get(changedIds[0]!);
    assert.equal(stored?.title, 'Senate passes the budget — updated');
    assert.equal(await store.articles.count(), 1);
  });

  it('the same guid in the same feed with a new URL updates the row instead of adding one', async (store) => {
    const { changedIds } = await store.articles.save([article(1, { feedId: 3, guid: 'urn:1' })], T0);
    const moved = article(1, {
      feedId: 3,
      guid: 'urn:1',
      url: 'https://example.org/news/1-moved',
      contentHash: 'h1-v2',
    });
    const result = await store.articles.save([moved], T1);
    assert.deepEqual([result.inserted, result.updated], [0, 1]);
    assert.equal((await store.articles.get(changedIds[0]!))?.url, 'https://example.org/news/1-moved');
    // The same guid in another feed is another article.
    const other = await store.articles.save([article(9, { feedId: 4, guid: 'urn:1' })], T1);
    assert.equal(other.inserted, 1);
    assert.equal(await store.articles.count(), 2);
  });

  it('within one batch the last version of a URL wins', async (store) => {
    const result = await store.articles.save(
      [article(1), { ...article(1), title: 'Second version', contentHash: 'v2' }],
      T0,
    );
    assert.equal(result.inserted, 1);
    const [stored] = await store.articles.listUnassigned(10);
    assert.equal(stored?.title, 'Second version');
  });

  it('articles round-trip with every field, and unknown ids read as undefined', async (store) => {
    const input = article(1, {
      feedId: 2,
      guid: 'guid-1',
      author: 'Zoë Ångström',
      text: 'Full text with “quotes” and émojis 🗞️',
      language: 'fr',
    });
    const { changedIds } = await store.articles.save([input], T0);
    const stored = await store.articles.get(changedIds[0]!);
    assert.deepEqual(stored, {
      id: changedIds[0],
      url: input.url,
      guid: 'guid-1',
      feedId: 2,
      outletId: 'outlet-a',
      title: input.title,
      lead: input.lead,
      author: 'Zoë Ångström',
      publishedAt: input.publishedAt,
      fetchedAt: input.fetchedAt,
      language: 'fr',
      storyId: null,
      duplicateOf: null,
    });
    assert.equal(await store.articles.get(999_999), undefined);
  });

  it('lists unassigned articles in publication order, then by id, up to the limit', async (store) => {
    await store.articles.save([article(1, { day: 3 }), article(2, { day: 1 }), article(3, { day: 2 })], T0);
    const all = await store.articles.listUnassigned(10);
    assert.deepEqual(
      all.map((a) => a.url),
      [url(2), url(3), url(1)],
    );
    assert.equal((await store.articles.listUnassigned(2)).length, 2);
  });

  it('lists an outlet newest first, and a story oldest first', async (store) => {
    const { changedIds } = await store.articles.save(
      [
        article(1, { day: 1 }),
        article(2, { day: 3 }),
        article(3, { day: 2, outletId: 'outlet-b' }),
        article(4, { day: 4 }),
      ],
      T0,
    );
    const newest = await store.articles.listForOutlet('outlet-a', 2);
    assert.deepEqual(
      newest.map((a) => a.url),
      [url(4), url(2)],
    );
    const [a1, a2, a3] = changedIds as [number, number, number];
    await assign(store, [
      assignment(a2, 1, true, 3),
      assignment(a1, 1, false, 1),
      assignment(a3, 1, false, 2),
    ]);
    assert.deepEqual(
      (await store.articles.listForStory(1)).map((a) => a.id),
      [a1, a3, a2],
    );
    assert.deepEqual(await store.articles.listForStory(2), []);
  });

  it('lists assigned articles since a time in id pages, and iterates every URL in pages', async (store) => {
    const { changedIds } = await store.articles.save(
      Array.from({ length: 7 }, (_, i) => article(i + 1, { day: i + 1 })),
      T0,
    );
    await assign(
      store,
      changedIds.slice(0, 5).map((id, i) => assignment(id, 1, i === 0, i + 1)),
    );
    const since = day(3);
    const page1 = await store.articles.listAssignedSince(since, 0, 2);
    const page2 = await store.articles.listAssignedSince(since, page1.at(-1)!.id, 2);
    assert.deepEqual(
      [...page1, ...page2].map((a) => a.publishedAt),
      [day(3), day(4), day(5)],
    );
    const seen: number[] = [];
    for await (const row of store.articles.iterateUrls(3)) seen.push(row.id);
    assert.deepEqual(seen, changedIds);
  });

  it('sets the outlet of articles and counts distinct publishing outlets', async (store) => {
    const { changedIds } = await store.articles.save(
      [article(1), article(2, { outletId: 'outlet-b' }), article(3, { outletId: null })],
      T0,
    );
    assert.equal(await store.outlets.countPublishing(), 2);
    await store.articles.setOutlet([changedIds[0]!, changedIds[1]!], 'outlet-c');
    assert.equal((await store.articles.get(changedIds[1]!))?.outletId, 'outlet-c');
    assert.equal(await store.outlets.countPublishing(), 1);
  });

  it('counts articles and finds the newest publication time', async (store) => {
    assert.equal(await store.articles.count(), 0);
    assert.equal(await store.articles.latestPublishedAt(), undefined);
    await store.articles.save([article(1, { day: 5 }), article(2, { day: 9 }), article(3, { day: 7 })], T0);
    assert.equal(await store.articles.count(), 3);
    assert.equal(await store.articles.latestPublishedAt(), day(9));
  });

  it('applies assignments: story opened, dirty, explained; a later batch grows it', async (store) => {
    const { changedIds } = await store.articles.save(
      [article(1, { day: 1 }), article(2, { day: 2 }), article(3, { day: 4 })],
      T0,
    );
    const [a1, a2, a3] = changedIds as [number, number, number];
    assert.equal(await store.stories.nextId(), 1);
    await assign(store, [
      assignment(a1, 1, true, 1),
      { ...assignment(a2, 1, false, 2), duplicateOf: a1, runnerUp: { story: 7, score: 0.123456789012 } },
    ]);
    assert.equal(await store.stories.nextId(), 2);
    const opened = await store.stories.get(1);
    assert.equal(opened?.version, 1);
    assert.equal(opened?.title, 'Title 1');
    assert.equal(opened?.firstPublishedAt, day(1));
    assert.equal(opened?.updatedAt, day(2));
    assert.deepEqual(await store.stories.listDirtyIds(10), [1]);
    assert.equal((await store.articles.get(a2))?.duplicateOf, a1);
    const explanations = await store.stories.listExplanations(1);
    assert.deepEqual(explanations, [
      {
        articleId: a1,
        storyId: 1,
        isNew: true,
        score: 0.75,
        runnerUp: null,
        sharedTerms: ['budget'],
        sharedEntities: ['Senate'],
      },
      {
        articleId: a2,
        storyId: 1,
        isNew: false,
        score: 0.75,
        runnerUp: { story: 7, score: 0.123456789012 },
        sharedTerms: ['budget'],
        sharedEntities: ['Senate'],
      },
    ]);
    await assign(store, [assignment(a3, 1, false, 4)]);
    const grown = await store.stories.get(1);
    assert.equal(grown?.version, 2);
    assert.equal(grown?.updatedAt, day(4));
    assert.equal((await store.articles.listUnassigned(10)).length, 0);
  });

  it('an article that supersedes an original takes its copies, in its story only', async (store) => {
    const { changedIds } = await store.articles.save(
      [1, 2, 3, 4, 5, 6].map((n) => article(n, { day: 1 })),
      T0,
    );
    const [a1, a2, a3, a4, a5, a6] = changedIds as [number, number, number, number, number, number];
    // Story 1: a reprint a1 with its copy a2 (an earlier batch); story 2 another article copied by a5.
    await assign(store, [
      assignment(a1, 1, true, 1),
      { ...assignment(a2, 1, false, 1), duplicateOf: a1 },
      assignment(a4, 2, true, 1),
    ]);
    // The agency's own report a3 supersedes a1; a6, in the same batch after it, copies a3.
    const batch = [
      { ...assignment(a3, 1, false, 1), supersedes: a1 },
      { ...assignment(a5, 2, false, 1), duplicateOf: a4 },
      { ...assignment(a6, 1, false, 1), duplicateOf: a3 },
    ];
    await assign(store, batch);
    const originals = async () =>
      Promise.all(changedIds.map(async (id) => (await store.articles.get(id))?.duplicateOf));
    assert.deepEqual(await originals(), [a3, a3, null, null, a4, a3]);
  });

  it('refuses to assign an article twice or to reopen a story, and rolls the batch back', async (store) => {
    const { changedIds } = await store.articles.save([article(1), article(2), article(3)], T0);
    const [a1, a2, a3] = changedIds as [number, number, number];
    await assign(store, [assignment(a1, 1, true, 1)]);
    // A second writer with stale state: a2 is new, a1 already has a story.
    await assert.rejects(
      assign(store, [assignment(a2, 2, true, 1), assignment(a1, 2, false, 1)]),
      AssignmentConflictError,
    );
    assert.equal((await store.articles.get(a2))?.storyId, null);
    assert.equal(await store.stories.get(2), undefined);
    await assert.rejects(assign(store, [assignment(a3, 1, true, 1)]), AssignmentConflictError);
    assert.equal((await store.articles.get(a3))?.storyId, null);
    await assert.rejects(assign(store, [assignment(a3, 5, false, 1)]), AssignmentConflictError);
    assert.equal((await store.articles.get(a3))?.storyId, null);
    assert.deepEqual(
      (await store.stories.listExplanations(1)).map((e) => e.articleId),
      [a1],
    );
  });

  it('splits a story: the articles and their copies leave for one new story, both marked, moves explained', async (store) => {
    const { changedIds } = await store.articles.save(
      [1, 2, 3, 4, 5, 6].map((n) => article(n, { day: n })),
      T0,
    );
    const [a1, a2, a3, a4, a5, a6] = changedIds as [number, number, number, number, number, number];
    // Story 1: a1 opened it; a4 copies a3 and a5 copies a1. Story 2: a6.
    await assign(store, [
      assignment(a1, 1, true, 1),
      assignment(a2, 1, false, 2),
      assignment(a3, 1, false, 3),
      { ...assignment(a4, 1, false, 4), duplicateOf: a3 },
      { ...assignment(a5, 1, false, 5), duplicateOf: a1 },
      assignment(a6, 2, true, 6),
    ]);
    for (const id of [1, 2]) await store.stories.saveSynthesis(id, makeSynthesis({ outlets: 1 }));
    const split = (ids: number[], storyId = 1) =>
      store.transaction((trx) => trx.stories.split(storyId, ids, T1));
    await assert.rejects(split([a2, a6]), {
      name: 'StorySplitError',
      message: `store: article ${a6} is not in story 1`,
    });
    await assert.rejects(split([a1], 9), { message: 'store: story 9 does not exist' });
    // a1 takes its copy a5 along: with a2 and a3 (and a3's copy a4) nothing would be left.
    await assert.rejects(split([a1, a2, a3]), StorySplitError);
    assert.deepEqual(await store.stories.listDirtyIds(10), []);
    assert.deepEqual(await store.stories.planSplit(1, [a3]), [a3, a4]);

    assert.deepEqual(await split([a3]), { storyId: 1, newStoryId: 3, articleIds: [a3, a4] });
    assert.deepEqual(await store.stories.listDirtyIds(10), [1, 3]);
    assert.deepEqual(
      (await store.articles.listForStory(3)).map((a) => [a.id, a.duplicateOf]),
      [
        [a3, null],
        [a4, a3],
      ],
    );
    const [before, opened] = [await store.stories.get(1), await store.stories.get(3)];
    assert.equal(before?.version, 3);
    assert.deepEqual(
      [opened?.version, opened?.title, opened?.firstPublishedAt, opened?.updatedAt],
      [1, 'Senate passes budget 3', day(3), day(4)],
    );
    const moved = {
      storyId: 3,
      score: 0,
      runnerUp: null,
      sharedTerms: [],
      sharedEntities: [],
      movedByOperator: true,
    };
    assert.deepEqual(await store.stories.listExplanations(3), [
      { ...moved, articleId: a3, isNew: true },
      { ...moved, articleId: a4, isNew: false },
    ]);
    assert.deepEqual(
      (await store.stories.listExplanations(1)).map((e) => [e.articleId, e.movedByOperator]),
      [
        [a1, undefined],
        [a2, undefined],
        [a5, undefined],
      ],
    );
    // A copy whose original stays is a copy no more.
    assert.deepEqual(await split([a5]), { storyId: 1, newStoryId: 4, articleIds: [a5] });
    assert.equal((await store.articles.get(a5))?.duplicateOf, null);
    assert.deepEqual(
      (await store.articles.listForStory(1)).map((a) => a.id),
      [a1, a2],
    );
  });

  it('saves a synthesis: fields round-trip, the dirty mark clears, the version goes up', async (store) => {
    const { changedIds } = await store.articles.save([article(1)], T0);
    await assign(store, [assignment(changedIds[0]!, 1, true, 1)]);
    const synthesis = makeSynthesis({ outlets: 3, blindspot: 'right' });
    await store.stories.saveSynthesis(1, synthesis);
    const story = await store.stories.get(1);
    assert.deepEqual(story, {
      id: 1,
      title: synthesis.title,
      summary: synthesis.summary,
      keyPoints: synthesis.keyPoints,
      frames: synthesis.frames,
      coverage: synthesis.coverage,
      blindspot: 'right',
      firstPublishedAt: synthesis.firstPublishedAt,
      updatedAt: synthesis.updatedAt,
      titleArticleIds: [1],
      summaryArticleIds: [1, 2],
      firstReporter: { articleId: 1, outletId: 'outlet-a' },
      entities: ['Senate', 'Zoë'],
      version: 2,
    });
    assert.deepEqual(await store.stories.listDirtyIds(10), []);
    assert.equal(await store.stories.get(404), undefined);
    assert.deepEqual(await store.stories.titlesOf([1, 404]), new Map([[1, synthesis.title]]));
    assert.deepEqual(await store.stories.titlesOf([]), new Map());
  });

  it('marks chosen stories, or all, dirty', async (store) => {
    await seedStories(store, 4);
    for (const id of [1, 2, 3, 4]) await store.stories.saveSynthesis(id, makeSynthesis({ outlets: 1 }));
    await store.stories.markDirty([]);
    assert.deepEqual(await store.stories.listDirtyIds(10), []);
    await store.stories.markDirty([3, 1]);
    assert.deepEqual(await store.stories.listDirtyIds(10), [1, 3]);
    await store.stories.markDirty('all');
    assert.deepEqual(await store.stories.listDirtyIds(3), [1, 2, 3]);
  });

  it('lists stories by breadth or recency, in windows, by blindspot, by id, a page at a time', async (store) => {
    await seedStories(store, 5);
    const shapes = [
      { outlets: 5, articles: 9, updated: day(10), first: day(1), blindspot: 'left' as const },
      { outlets: 8, articles: 8, updated: day(5), first: day(2), blindspot: null },
      { outlets: 1, articles: 1, updated: day(12), first: day(11), blindspot: 'right' as const },
      { outlets: 5, articles: 12, updated: day(7), first: day(3), blindspot: null },
      { outlets: 2, articles: 2, updated: day(9), first: day(8), blindspot: 'left' as const },
    ];
    for (const [i, s] of shapes.entries()) {
      await store.stories.saveSynthesis(
        i + 1,
        makeSynthesis({
          outlets: s.outlets,
          articles: s.articles,
          updatedAt: s.updated,
          firstPublishedAt: s.first,
          blindspot: s.blindspot,
        }),
      );
    }
    const ids = async (query: Parameters<Store['stories']['list']>[0]) =>
      (await store.stories.list(query)).map((s) => s.id);
    assert.deepEqual(await ids({ limit: 10, order: 'breadth' }), [2, 4, 1, 5, 3]);
    assert.deepEqual(await ids({ limit: 10, order: 'recent' }), [3, 1, 5, 4, 2]);
    assert.deepEqual(await ids({ limit: 2, offset: 2, order: 'breadth' }), [1, 5]);
    assert.deepEqual(await ids({ limit: 2, offset: 4, order: 'breadth' }), [3]);
    assert.deepEqual(await ids({ limit: 10, order: 'recent', since: day(9) }), [3, 1, 5]);
    assert.deepEqual(await ids({ limit: 10, order: 'recent', until: day(3) }), [1, 4, 2]);
    assert.deepEqual(await ids({ limit: 10, order: 'breadth', minOutlets: 5 }), [2, 4, 1]);
    assert.deepEqual(await ids({ limit: 10, order: 'recent', blindspot: 'any' }), [3, 1, 5]);
    assert.deepEqual(await ids({ limit: 10, order: 'recent', blindspot: 'left' }), [1, 5]);
    assert.deepEqual(await ids({ limit: 10, order: 'recent', blindspot: 'right' }), [3]);
    assert.deepEqual(await ids({ limit: 10, order: 'breadth', ids: [5, 3, 1] }), [1, 5, 3]);
    assert.deepEqual(await ids({ limit: 10, order: 'breadth', ids: [] }), []);
    assert.equal(await store.stories.count(), 5);
    assert.equal(await store.stories.countMultiOutlet(), 4);
  });

  it('replaces the outlets: new ones added, changed ones updated, missing ones removed', async (store) => {
    await store.outlets.replaceAll([outlet('a', -2.5), outlet('b', 0.1234567891), outlet('c', null)]);
    assert.deepEqual(await store.outlets.get('b'), outlet('b', 0.1234567891));
    await store.outlets.replaceAll([outlet('b', 1.5), outlet('d', 0)]);
    assert.equal(await store.outlets.get('a'), undefined);
    assert.deepEqual(await store.outlets.get('b'), outlet('b', 1.5));
    assert.deepEqual(await store.outlets.get('d'), outlet('d', 0));
    const many = Array.from({ length: 1_200 }, (_, i) => outlet(`o${i}`, null));
    await store.outlets.replaceAll(many);
    assert.equal(await store.outlets.get('b'), undefined);
    assert.deepEqual(await store.outlets.get('o1199'), outlet('o1199', null));
  });

  it('feeds: subscribed once, polled when due, errors counted and cleared, removed', async (store) => {
    const a = await store.feeds.add({ url: 'https://a.example/feed', outletId: 'a.example' }, day(1));
    const again = await store.feeds.add({ url: 'https://a.example/feed', outletId: 'a.example' }, day(2));
    assert.equal(again.id, a.id);
    const b = await store.feeds.add({ url: 'https://b.example/rss', outletId: null, title: 'B' }, day(2));
    assert.equal(await store.feeds.count(), 2);
    assert.deepEqual(
      (await store.feeds.listDue(day(1), { limit: 10, errorLimit: 3 })).map((f) => f.id),
      [a.id],
    );
    await store.feeds.saveFailure(
      b.id,
      { kind: 'http', message: 'HTTP 503' },
      { checkedAt: day(2), nextCheckAt: day(3) },
    );
    await store.feeds.saveSuccess(a.id, {
      checkedAt: day(2),
      nextCheckAt: day(4),
      etag: '"v1"',
      title: 'A news',
      ttlMinutes: 30,
    });
    const failing = await store.feeds.get(b.id);
    assert.deepEqual([failing?.errorCount, failing?.lastError], [1, { kind: 'http', message: 'HTTP 503' }]);
    assert.deepEqual(
      (await store.feeds.list()).map((f) => f.id),
      [b.id, a.id],
    );
    assert.deepEqual(
      (await store.feeds.listDue(day(5), { limit: 10, errorLimit: 3 })).map((f) => f.id),
      [b.id, a.id],
    );
    assert.deepEqual(
      (await store.feeds.listDue(day(5), { limit: 10, errorLimit: 1 })).map((f) => f.id),
      [a.id],
    );
    const polled = await store.feeds.getByUrl('https://a.example/feed');
    assert.deepEqual(
      [
        polled?.etag,
        polled?.title,
        polled?.ttlMinutes,
        polled?.errorCount,
        polled?.lastError,
        polled?.active,
      ],
      ['"v1"', 'A news', 30, 0, null, true],
    );
    assert.equal(await store.feeds.remove(b.id), true);
    assert.equal(await store.feeds.remove(b.id), false);
    assert.equal(await store.feeds.get(b.id), undefined);
  });

  it("feeds: a feed remembers its pages' template sentences; its newest bodies' openings are listed", async (store) => {
    const feed = await store.feeds.add({ url: 'https://a.example/feed', outletId: 'a.example' }, day(1));
    assert.deepEqual(await store.feeds.templateSentences(feed.id), []);
    await store.feeds.addTemplateSentences(feed.id, [
      'sign up for our newsletter today.',
      'get alerts on your phone.',
    ]);
    await store.feeds.addTemplateSentences(feed.id, [
      'get alerts on your phone.',
      'listen to our podcast now.',
    ]);
    assert.deepEqual(await store.feeds.templateSentences(feed.id), [
      'sign up for our newsletter today.',
      'get alerts on your phone.',
      'listen to our podcast now.',
    ]);
    const many = Array.from({ length: 60 }, (_, i) => `template sentence number ${i}.`);
    await store.feeds.addTemplateSentences(feed.id, many);
    const kept = await store.feeds.templateSentences(feed.id);
    assert.deepEqual(
      [kept.length, kept.at(-1)],
      [50, 'template sentence number 59.'],
      'the newest 50 are kept',
    );
    assert.deepEqual(await store.feeds.templateSentences(feed.id + 100), [], 'no such feed: none');

    const long = `${'A long body. '.repeat(300)}The end.`;
    await store.articles.save(
      [
        article(1, { feedId: feed.id, guid: 'g1', text: 'First body.' }),
        article(2, { feedId: feed.id, guid: 'g2' }),
        article(3, { feedId: feed.id, guid: 'g3', text: long }),
        article(4, { guid: 'g4', text: 'Another feed.' }),
      ],
      T0,
    );
    const openings = await store.articles.listRecentOpenings(feed.id, 5);
    assert.deepEqual(
      openings.map((o) => o.title),
      ['Senate passes budget 3', 'Senate passes budget 1'],
      'newest first, bodies of this feed only',
    );
    assert.deepEqual(
      [openings[0]!.lead, openings[0]!.text],
      ['The Senate passed the budget on day 3.', long.slice(0, 2_000)],
    );
    assert.deepEqual(await store.articles.listRecentOpenings(feed.id, 1).then((o) => o.length), 1);
    const [newest, , bodiless] = [openings[0]!.id, openings[1]!.id, openings[0]!.id - 1];
    assert.equal(await store.articles.replaceText(newest, { text: 'The end.', lead: 'The end.' }, T1), true);
    assert.deepEqual(await store.articles.getTextState(newest).then((s) => [s?.lead, s?.text]), [
      'The end.',
      'The end.',
    ]);
    assert.equal(
      await store.articles.replaceText(bodiless, { text: 'x', lead: 'x' }, T1),
      false,
      'no body: left alone',
    );
  });

  it('keeps meta values and overwrites them', async (store) => {
    assert.equal(await store.meta.get('snapshot'), undefined);
    await store.meta.set('snapshot', 'v1');
    await store.meta.set('snapshot', 'v2 — ünïcode');
    assert.equal(await store.meta.get('snapshot'), 'v2 — ünïcode');
  });

  it('a transaction that throws stores nothing; one that returns stores everything', async (store) => {
    await assert.rejects(
      store.transaction(async (trx) => {
        await trx.articles.save([article(1), article(2)], T0);
        await trx.meta.set('k', 'v');
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(await store.articles.count(), 0);
    assert.equal(await store.meta.get('k'), undefined);
    const result = await store.transaction(async (trx) => {
      await trx.articles.save([article(1), article(2)], T0);
      return trx.articles.count();
    });
    assert.equal(result, 2);
    assert.equal(await store.articles.count(), 2);
  });

  it('saves batches larger than one statement', async (store) => {
    const batch = Array.from({ length: 1_050 }, (_, i) => article(i + 1, { day: (i % 28) + 1 }));
    const first = await store.transaction((trx) => trx.articles.save(batch, T0));
    assert.equal(first.inserted, 1_050);
    const again = await store.transaction((trx) => trx.articles.save(batch, T1));
    assert.equal(again.unchanged, 1_050);
    assert.equal(await store.articles.count(), 1_050);
  });

  it('reports its size on disk, which grows with the data', async (store) => {
    const empty = await store.sizeBytes();
    assert.ok(empty > 0);
    await store.articles.save(
      Array.from({ length: 2_000 }, (_, i) => article(i + 1, { lead: 'x'.repeat(300) })),
      T0,
    );
    assert.ok((await store.sizeBytes()) > empty + 300_000, 'expected at least 2,000 × 300 bytes more');
  });

  it('feedback: a repeat adds a vote; listed most votes first with titles; counted per article', async (store) => {
    const { changedIds } = await store.articles.save([article(1), article(2), article(3)], T0);
    const [a1, a2, a3] = changedIds as [number, number, number];
    await assign(store, [
      assignment(a1, 1, true, 1),
      assignment(a2, 1, false, 1),
      assignment(a3, 2, true, 1),
    ]);
    await store.stories.saveSynthesis(1, makeSynthesis({ outlets: 1 }));
    assert.deepEqual(await store.feedback.record(1, a2, 'not_in_story', T0), {
      storyId: 1,
      articleId: a2,
      verdict: 'not_in_story',
      votes: 1,
    });
    assert.equal((await store.feedback.record(1, a2, 'not_in_story', T1)).votes, 2);
    assert.equal((await store.feedback.record(1, a1, 'not_in_story', T1)).votes, 1);
    assert.deepEqual(
      await store.feedback.countByArticle(1),
      new Map([
        [a1, 1],
        [a2, 2],
      ]),
    );
    assert.deepEqual(await store.feedback.countByArticle(2), new Map());
    // A flag on an article since gone still lists, without its titles.
    await store.feedback.record(9, 999_999, 'not_in_story', T0);
    assert.deepEqual(await store.feedback.list(), [
      {
        storyId: 1,
        articleId: a2,
        verdict: 'not_in_story',
        votes: 2,
        storyTitle: 'Senate passes budget',
        articleTitle: 'Senate passes budget 2',
        outletId: 'outlet-a',
        firstAt: T0,
        lastAt: T1,
        appliedAt: null,
      },
      {
        storyId: 1,
        articleId: a1,
        verdict: 'not_in_story',
        votes: 1,
        storyTitle: 'Senate passes budget',
        articleTitle: 'Senate passes budget 1',
        outletId: 'outlet-a',
        firstAt: T1,
        lastAt: T1,
        appliedAt: null,
      },
      {
        storyId: 9,
        articleId: 999_999,
        verdict: 'not_in_story',
        votes: 1,
        storyTitle: null,
        articleTitle: null,
        outletId: null,
        firstAt: T0,
        lastAt: T0,
        appliedAt: null,
      },
    ]);
    // Applied once, dated once: a second application keeps the first date; a new vote does not undo it.
    await store.feedback.markApplied(1, a2, 'not_in_story', T1);
    await store.feedback.markApplied(1, a2, 'not_in_story', '2024-03-03T00:00:00.000Z');
    await store.feedback.record(1, a2, 'not_in_story', '2024-03-04T00:00:00.000Z');
    assert.deepEqual(
      (await store.feedback.list()).map((e) => [e.articleId, e.votes, e.appliedAt]),
      [
        [a2, 3, T1],
        [a1, 1, null],
        [999_999, 1, null],
      ],
    );
  });

  it('migrating an up-to-date database is a no-op', async (store) => {
    const result = await store.migrate();
    assert.equal(result.error, undefined);
    assert.deepEqual(result.results, []);
  });
}

const T0 = '2024-03-01T00:00:00.000Z';
const T1 = '2024-03-02T00:00:00.000Z';

function day(n: number): string {
  return new Date(Date.UTC(2024, 0, n, 12)).toISOString();
}

function url(n: number): string {
  return `https://example.org/news/${n}`;
}

function article(
  n: number,
  over: Partial<NewArticle> & { readonly day?: number; readonly outletId?: string | null } = {},
): NewArticle {
  const { day: d, ...rest } = over;
  return {
    url: url(n),
    outletId: 'outlet-a',
    title: `Senate passes budget ${n}`,
    lead: `The Senate passed the budget on day ${n}.`,
    publishedAt: day(d ?? 1),
    fetchedAt: T0,
    contentHash: `h${n}`,
    ...rest,
  };
}

function assignment(articleId: number, storyId: number, isNew: boolean, d: number): StoryAssignment {
  return {
    articleId,
    storyId,
    isNew,
    duplicateOf: null,
    publishedAt: day(d),
    title: `Title ${articleId}`,
    score: 0.75,
    runnerUp: null,
    sharedTerms: ['budget'],
    sharedEntities: ['Senate'],
  };
}

function assign(store: Store, assignments: readonly StoryAssignment[]): Promise<void> {
  return store.transaction((trx) => trx.stories.applyAssignments(assignments, T1));
}

/** `n` stories 1…n of one article each (also for the dialects' own tests). */
export async function seedStories(store: Store, n: number): Promise<void> {
  const { changedIds } = await store.articles.save(
    Array.from({ length: n }, (_, i) => article(i + 1)),
    T0,
  );
  await assign(
    store,
    changedIds.map((id, i) => assignment(id, i + 1, true, 1)),
  );
}

/** A story's synthesis as the pipeline saves it, covered by `outlets` Left outlets. */
export function makeSynthesis(options: {
  outlets: number;
  articles?: number;
  blindspot?: 'left' | 'right' | null;
  updatedAt?: string;
  firstPublishedAt?: string;
}): StorySynthesis {
  return {
    title: 'Senate passes budget',
    titleArticleIds: [1],
    summary: 'The Senate passed the budget 51–49.',
    summaryArticleIds: [1, 2],
    keyPoints: [{ text: 'The vote was 51–49.', articleIds: [1] }],
    frames: [{ side: 'left', points: [], terms: [{ term: 'cuts', score: 2.5 }] }],
    coverage: {
      articles: options.articles ?? options.outlets,
      outlets: options.outlets,
      rated: options.outlets,
      unrated: 0,
      left: options.outlets,
      center: 0,
      right: 0,
      shares: { left: 1, center: 0, right: 0 },
      factuality: { high: options.outlets },
      ownership: { corporate: options.outlets },
    },
    blindspot: options.blindspot ?? null,
    firstPublishedAt: options.firstPublishedAt ?? day(1),
    updatedAt: options.updatedAt ?? day(2),
    firstArticleId: 1,
    firstOutletId: 'outlet-a',
    entities: ['Senate', 'Zoë'],
  };
}

function outlet(id: string, score: number | null): Outlet {
  return {
    id,
    name: `Outlet ${id}`,
    domains: [`${id}.example`],
    flags: [],
    ...(score !== null && {
      bias: {
        score,
        label: 'center',
        bucket: 'center',
        raters: [{ rater: 'local', value: 'center', score, asOf: '2024', source: 'test' }],
      },
    }),
  };
}
