import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { silentProgress } from '../domain/index.ts';
import type { NewArticle } from './article-store.ts';
import { copyStore } from './copy-store.ts';
import { openStore } from './open-store.ts';
import type { Store } from './store.ts';

function article(n: number, title = `Budget vote ${n} in the Senate — café`): NewArticle {
  return {
    url: `https://example.org/${n}`,
    guid: n % 2 === 0 ? `g${n}` : null,
    feedId: n % 2 === 0 ? 1 : null,
    outletId: `outlet-${n % 7}`,
    title,
    lead: `Lead ${n}: senators argued about the budget.`,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString(),
    fetchedAt: '2024-02-01T00:00:00.000Z',
    contentHash: `${n}:${title}`,
  };
}

// A source with every kind of row: articles, stories with explained assignments, outlets, meta.
async function fillSource(store: Store, articles: number): Promise<void> {
  const { changedIds } = await store.articles.save(
    Array.from({ length: articles }, (_, i) => article(i + 1)),
    '2024-02-01T00:00:00.000Z',
  );
  await store.transaction((trx) =>
    trx.stories.applyAssignments(
      changedIds.map((id, i) => ({
        articleId: id,
        storyId: Math.floor(i / 3) + 1,
        isNew: i % 3 === 0,
        duplicateOf: null,
        publishedAt: article(i + 1).publishedAt,
        title: article(i + 1).title,
        score: 1 / (i + 3),
        runnerUp: i % 3 === 0 ? null : { story: 1, score: 0.1 + 1e-9 * i },
        sharedTerms: ['budget'],
        sharedEntities: ['Senate'],
      })),
      '2024-02-01T00:00:00.000Z',
    ),
  );
  await store.outlets.replaceAll(
    Array.from({ length: 7 }, (_, i) => ({
      id: `outlet-${i}`,
      name: `Outlet ${i}`,
      domains: [`o${i}.example`],
      flags: [],
    })),
  );
  await store.meta.set('snapshot', 'test');
}

// Every row of every copied table, as the target returns it, in key order (without PostgreSQL's generated
// search column, which SQLite keeps in a separate index).
async function dump(store: Store): Promise<Record<string, unknown[]>> {
  const db = store.db;
  const withoutSearch = (rows: Record<string, unknown>[]) => rows.map(({ search: _, ...row }) => row);
  return {
    articles: withoutSearch(await db.selectFrom('articles').selectAll().orderBy('id').execute()),
    stories: withoutSearch(await db.selectFrom('stories').selectAll().orderBy('id').execute()),
    assignments: await db.selectFrom('assignments').selectAll().orderBy('article_id').execute(),
    outlets: await db.selectFrom('outlets').selectAll().orderBy('id').execute(),
    meta: await db.selectFrom('meta').selectAll().orderBy('key').execute(),
  };
}

function copyContract(name: string, openTarget: () => Promise<Store>): void {
  test(`copyStore to ${name}: every row arrives with its id; a second run writes nothing`, async () => {
    const source = await openStore({ sqlitePath: ':memory:' });
    const target = await openTarget();
    await fillSource(source, 250);
    const first = await copyStore(source, target, { batchSize: 40, progress: silentProgress });
    assert.deepEqual(first.mismatched, []);
    const articles = first.tables.find((t) => t.table === 'articles');
    assert.deepEqual(articles, { table: 'articles', written: 250, sourceRows: 250, targetRows: 250 });
    assert.deepEqual(await dump(target), await dump(source));
    const second = await copyStore(source, target, { batchSize: 40, progress: silentProgress });
    assert.deepEqual(
      second.tables.map((t) => t.written),
      second.tables.map(() => 0),
    );
    // New ids continue after the copied ones.
    const { changedIds } = await target.articles.save([article(1_000)], '2024-03-01T00:00:00.000Z');
    assert.equal(changedIds[0], 251);
    await Promise.all([source.close(), target.close()]);
  });

  test(`copyStore to ${name}: a run cut short and run again completes, and changed rows follow`, async () => {
    const source = await openStore({ sqlitePath: ':memory:' });
    const target = await openTarget();
    await fillSource(source, 120);
    let batches = 0;
    const failing = {
      ...silentProgress,
      increment() {
        batches += 1;
        if (batches === 2) throw new Error('killed');
      },
    };
    await assert.rejects(copyStore(source, target, { batchSize: 50, progress: failing }), /killed/);
    assert.equal(await target.articles.count(), 100);
    await source.articles.save([article(7, 'Corrected headline')], '2024-02-02T00:00:00.000Z');
    const resumed = await copyStore(source, target, { batchSize: 50, progress: silentProgress });
    assert.deepEqual(resumed.mismatched, []);
    assert.equal(resumed.tables.find((t) => t.table === 'articles')?.written, 21);
    assert.deepEqual(await dump(target), await dump(source));
    await Promise.all([source.close(), target.close()]);
  });
}

copyContract('SQLite', () => openStore({ sqlitePath: ':memory:' }));

const url = process.env.PARALLAX_TEST_DATABASE_URL;
if (!url) {
  test('copyStore to PostgreSQL', { skip: 'PARALLAX_TEST_DATABASE_URL is not set' }, () => {});
} else {
  const schemas: string[] = [];
  after(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
  copyContract('PostgreSQL', () => {
    const schema = `t_copy_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    return openStore({ databaseUrl: url, schema, poolSize: 2 });
  });
}
