import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import type { NewArticle } from './article-store.ts';
import { openStore } from './open-store.ts';
import type { Store } from './store.ts';
import type { StoryAssignment } from './story-store.ts';

// How repeated polls of a feed update stored articles, on SQLite and (when PARALLAX_TEST_DATABASE_URL is set)
// on PostgreSQL, each store in a schema of its own.
const pgUrl = process.env.PARALLAX_TEST_DATABASE_URL;
const schemas: string[] = [];
after(async () => {
  if (!pgUrl || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

const BACKENDS: readonly (readonly [string, () => Promise<Store>])[] = [
  ['sqlite', () => openStore({ sqlitePath: ':memory:' })],
  ...(pgUrl
    ? [
        [
          'postgres',
          () => {
            const schema = `t_upd_${process.pid}_${schemas.length}`;
            schemas.push(schema);
            return openStore({ databaseUrl: pgUrl, schema, poolSize: 2 });
          },
        ] as const,
      ]
    : []),
];

const POLL_1 = '2024-06-01T10:00:00.000Z';
const POLL_2 = '2024-06-01T10:15:00.000Z';

function polled(over: Partial<NewArticle> = {}): NewArticle {
  return {
    url: 'https://ledger.example.com/2024/06/01/bridge/',
    guid: 'https://ledger.example.com/?p=101',
    feedId: 1,
    outletId: 'ledger.example.com',
    title: 'Council approves bridge repair',
    lead: 'The council voted on Monday.',
    publishedAt: POLL_1,
    fetchedAt: POLL_1,
    contentHash: 'v1',
    ...over,
  };
}

for (const [name, open] of BACKENDS) {
  const it = (title: string, body: (store: Store) => Promise<void>) =>
    test(`${name}: ${title}`, async () => {
      const store = await open();
      try {
        await body(store);
      } finally {
        await store.close();
      }
    });

  it('an undated item keeps its first fetch time as its date when it is updated', async (store) => {
    const first = await store.articles.save([polled({ publishedEstimated: true })], POLL_1);
    const edited = polled({
      publishedAt: POLL_2,
      fetchedAt: POLL_2,
      publishedEstimated: true,
      title: 'Council approves bridge repair, cuts parks',
      contentHash: 'v2',
    });
    const second = await store.articles.save([edited], POLL_2);
    assert.deepEqual([second.updated, second.changedIds], [1, first.changedIds]);
    const stored = await store.articles.get(first.changedIds[0]!);
    assert.deepEqual([stored?.title, stored?.publishedAt, stored?.fetchedAt], [edited.title, POLL_1, POLL_2]);
  });

  it('a dated update moves the publication time', async (store) => {
    const first = await store.articles.save([polled()], POLL_1);
    const corrected = polled({ publishedAt: '2024-06-01T09:00:00.000Z', contentHash: 'v2' });
    await store.articles.save([corrected], POLL_2);
    assert.equal((await store.articles.get(first.changedIds[0]!))?.publishedAt, '2024-06-01T09:00:00.000Z');
  });

  it('the same guid and content under another URL is unchanged, and the stored URL stays', async (store) => {
    // Stored under the page's canonical URL after a full-text fetch; the feed still links the tracking URL.
    const canonical = polled({ url: 'https://ledger.example.com/bridge-repair' });
    const first = await store.articles.save([canonical], POLL_1);
    const again = await store.articles.save(
      [polled({ url: 'https://ledger.example.com/?p=101&utm=rss' })],
      POLL_2,
    );
    assert.deepEqual([again.inserted, again.updated, again.unchanged, again.changedIds], [0, 0, 1, []]);
    assert.equal((await store.articles.get(first.changedIds[0]!))?.url, canonical.url);
    assert.equal(await store.articles.count(), 1);
  });

  it('links shifted between two items of a feed update both articles over two polls, and never fail', async (store) => {
    const item = (guid: string, path: string, hash: string) =>
      polled({ guid, url: `https://x.example/${path}`, title: `${guid} at ${path}`, contentHash: hash });
    const first = await store.articles.save([item('x', '1', 'x1'), item('z', '3', 'z1')], POLL_1);
    const [x, z] = first.changedIds as [number, number];
    // x now links to z's old page, z to a new one.
    const shifted = [item('x', '3', 'x2'), item('z', '4', 'z2')];
    const second = await store.articles.save(shifted, POLL_2);
    assert.deepEqual([second.inserted, second.updated], [0, 2]);
    assert.deepEqual(
      [(await store.articles.get(x))?.title, (await store.articles.get(x))?.url],
      ['x at 3', 'https://x.example/1'],
    );
    assert.equal((await store.articles.get(z))?.url, 'https://x.example/4');
    const third = await store.articles.save(shifted, POLL_2);
    assert.deepEqual([third.updated, third.changedIds], [0, []]);
    await store.articles.save([item('x', '3', 'x3')], POLL_2);
    assert.equal((await store.articles.get(x))?.url, 'https://x.example/3');
    assert.equal(await store.articles.count(), 2);
  });

  it('an article stays with the feed that brought it: another feed with the same URL does not update it', async (store) => {
    const first = await store.articles.save([polled({ feedId: 1, guid: 'world-1' })], POLL_1);
    const section = polled({
      feedId: 2,
      guid: 'politics-1',
      lead: 'A longer summary in the politics feed.',
      contentHash: 'v-politics',
    });
    const other = await store.articles.save([section], POLL_2);
    assert.deepEqual([other.inserted, other.updated, other.unchanged], [0, 0, 1]);
    const stored = await store.articles.get(first.changedIds[0]!);
    assert.deepEqual(
      [stored?.feedId, stored?.guid, stored?.lead],
      [1, 'world-1', 'The council voted on Monday.'],
    );
    // The owning feed still updates it.
    const edited = await store.articles.save(
      [polled({ feedId: 1, guid: 'world-1', contentHash: 'v2' })],
      POLL_2,
    );
    assert.equal(edited.updated, 1);
  });

  it('marks the stories of updated articles for a new synthesis, and only those', async (store) => {
    const { changedIds } = await store.articles.save(
      [1, 2, 3].map((n) => polled({ guid: `g${n}`, url: `https://x.example/${n}`, contentHash: `h${n}` })),
      POLL_1,
    );
    const [a1, a2] = changedIds as [number, number, number];
    await store.transaction((trx) =>
      trx.stories.applyAssignments(
        [
          { ...assignment(a1, 1), isNew: true },
          { ...assignment(a2, 2), isNew: true },
        ],
        POLL_1,
      ),
    );
    await store.db.updateTable('stories').set({ dirty: 0 }).execute();
    await store.stories.markDirtyForArticles([a1, changedIds[2]!]);
    assert.deepEqual(await store.stories.listDirtyIds(10), [1]);
    await store.stories.markDirtyForArticles([]);
  });

  it('finds the stored versions of a feed by guid, and only of that feed', async (store) => {
    await store.articles.save(
      [
        polled({ guid: 'a', url: 'https://x.example/a', contentHash: 'ha' }),
        polled({ guid: 'b', url: 'https://x.example/b', contentHash: 'hb' }),
        polled({ guid: 'a', url: 'https://y.example/a', feedId: 2, contentHash: 'other' }),
      ],
      POLL_1,
    );
    const versions = await store.articles.findVersions(1, ['a', 'b', 'c']);
    assert.deepEqual([...versions].sort(), [
      ['a', 'ha'],
      ['b', 'hb'],
    ]);
    assert.equal((await store.articles.findVersions(3, ['a'])).size, 0);
    assert.equal((await store.articles.findVersions(1, [])).size, 0);
  });
}

function assignment(articleId: number, storyId: number): StoryAssignment {
  return {
    articleId,
    storyId,
    isNew: false,
    duplicateOf: null,
    publishedAt: POLL_1,
    title: 'Council approves bridge repair',
    score: 1,
    runnerUp: null,
    sharedTerms: [],
    sharedEntities: [],
  };
}
