// A small news day for the reader queries (search, topics, browse), and a way to run a test on every database.
import { test } from 'node:test';
import pg from 'pg';
import type { Coverage } from '../../domain/index.ts';
import type { NewArticle } from '../article-store.ts';
import { EMPTY_COVERAGE } from '../empty-coverage.ts';
import { openStore } from '../open-store.ts';
import type { Store } from '../store.ts';

const PG_URL = process.env.PARALLAX_TEST_DATABASE_URL;

/** Registers `body` as a test on SQLite, and on PostgreSQL when PARALLAX_TEST_DATABASE_URL is set. */
export function testEachStore(title: string, body: (store: Store) => Promise<void>): void {
  test(`sqlite: ${title}`, async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    try {
      await body(store);
    } finally {
      await store.close();
    }
  });
  test(`postgres: ${title}`, { skip: PG_URL ? false : 'PARALLAX_TEST_DATABASE_URL is not set' }, async () => {
    const schema = `r_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const store = await openStore({ databaseUrl: PG_URL!, schema, poolSize: 2 });
    try {
      await body(store);
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
}

/** The fixture's stories: id → articles (outlet, title, lead) and the entities its synthesis named. */
export const STORIES = {
  1: {
    entities: ['Joe Biden', 'Senate', 'U.S.'],
    summary: 'The Senate passed the infrastructure bill after weeks of talks.',
    articles: [
      ['cnn.com', 'Senate passes infrastructure bill', 'Senators voted 69-30 for the bipartisan package.'],
      ['foxnews.com', 'Infrastructure bill clears the Senate', 'Republicans joined Democrats on roads and bridges.'],
      ['reuters.com', 'U.S. Senate approves $1 trillion infrastructure plan', 'The bill now goes to the House.'],
    ],
  },
  2: {
    entities: ['Joe Biden', 'Kabul'],
    summary: 'Evacuation flights continued from Kabul airport.',
    articles: [
      ['cnn.com', 'Evacuations continue in Kabul', 'Thousands waited at the airport gates.'],
      ['reuters.com', 'Kabul airlift enters second week', 'Flights left every hour.'],
    ],
  },
  3: {
    entities: ['Zürich', 'Senate'],
    summary: 'A quiet local story about a bridge in Zürich.',
    articles: [['blog.example', 'Bridge reopens in Zürich', 'The old bridge is open again after repairs.']],
  },
} as const;


/** Saves the fixture: articles, their stories (ids 1–3, story n updated on day n) and each synthesis. */
export async function seedReaderFixture(store: Store): Promise<void> {
  let n = 0;
  for (const [storyId, story] of Object.entries(STORIES)) {
    const id = Number(storyId);
    const drafts: NewArticle[] = story.articles.map(([outletId, title, lead]) => {
      n += 1;
      return {
        url: `https://${outletId}/story-${id}/${n}`,
        outletId: outletId === 'blog.example' ? null : outletId,
        title,
        lead,
        publishedAt: `2021-08-0${id}T1${n % 10}:00:00.000Z`,
        fetchedAt: '2021-08-10T00:00:00.000Z',
        contentHash: `h${n}`,
      };
    });
    const { changedIds } = await store.articles.save(drafts);
    await store.stories.applyAssignments(
      changedIds.map((articleId, i) => ({
        articleId,
        storyId: id,
        isNew: i === 0,
        duplicateOf: null,
        publishedAt: drafts[i]!.publishedAt,
        title: drafts[i]!.title,
        score: 0.5,
        runnerUp: null,
        sharedTerms: [],
        sharedEntities: [],
      })),
      '2021-08-10T00:00:00.000Z',
    );
    await store.stories.saveSynthesis(id, {
      title: story.articles[0]![1],
      summary: story.summary,
      keyPoints: [],
      frames: [],
      coverage: { ...EMPTY_COVERAGE, articles: drafts.length, outlets: drafts.length },
      blindspot: null,
      firstPublishedAt: drafts[0]!.publishedAt,
      updatedAt: drafts.at(-1)!.publishedAt,
      firstArticleId: changedIds[0]!,
      firstOutletId: drafts[0]!.outletId,
      entities: story.entities,
    });
  }
}
