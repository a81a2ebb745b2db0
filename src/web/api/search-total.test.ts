// /api/search over HTTP on 127.0.0.1: stories.total counts only the stories the reader's preferences show, and
// the pages hold exactly those stories, as articles.total and its pages already did.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { computeCoverage, detectBlindspot } from '../../coverage/index.ts';
import type { Store } from '../../store/index.ts';
import { buildFixtureApp, DIRECTORY, NOW, RULE } from '../testdata/web-fixture.ts';

let store: Store;
let base: string;
let close: () => Promise<void>;

/** Story 4: one article from a feed without an outlet (outlet_id NULL). */
async function addStoryWithoutOutlet(target: Store): Promise<void> {
  const publishedAt = '2021-08-10T09:00:00.000Z';
  const { changedIds } = await target.articles.save(
    [
      {
        url: 'https://feeds.example/orphan',
        outletId: null,
        title: 'Orphaned lighthouse keeper rescued',
        lead: 'A keeper was found after three days.',
        publishedAt,
        fetchedAt: NOW,
        contentHash: 'orphan',
      },
    ],
    NOW,
  );
  const articleId = changedIds[0]!;
  await target.stories.applyAssignments(
    [
      {
        articleId,
        storyId: 4,
        isNew: true,
        duplicateOf: null,
        publishedAt,
        title: 'Orphaned lighthouse keeper rescued',
        score: 1,
        runnerUp: null,
        sharedTerms: [],
        sharedEntities: [],
      },
    ],
    NOW,
  );
  const articles = await target.articles.listForStory(4);
  const coverage = computeCoverage(articles, (id) => DIRECTORY.get(id));
  await target.stories.saveSynthesis(4, {
    title: 'Orphaned lighthouse keeper rescued',
    titleArticleIds: [articleId],
    summary: 'A keeper was found after three days.',
    summaryArticleIds: [articleId],
    keyPoints: [],
    frames: [],
    coverage,
    blindspot: detectBlindspot(coverage, RULE),
    firstPublishedAt: publishedAt,
    updatedAt: publishedAt,
    firstArticleId: articleId,
    firstOutletId: null,
    entities: [],
  });
}

before(async () => {
  const fixture = await buildFixtureApp();
  store = fixture.store;
  await addStoryWithoutOutlet(store);
  const server = serve({ fetch: fixture.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((ready) => server.once('listening', () => ready()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((done) => server.close(() => done()));
});
after(async () => {
  await close();
  await store.close();
});

interface StoriesPart {
  total: number;
  hits: { id: number }[];
}
const search = async (query: string): Promise<{ stories: StoriesPart; next: string | null }> => {
  const res = await fetch(`${base}/api/search?${query}`);
  assert.equal(res.status, 200, query);
  return (await res.json()) as { stories: StoriesPart; next: string | null };
};
const ids = (part: StoriesPart) => part.hits.map((h) => h.id);

test('stories.total leaves out the stories whose every article the preferences hide', async () => {
  // Story 2 (Border crossings) has only right.example (mixed) and lowfact.example (low).
  const plain = await search('q=border');
  assert.deepEqual([plain.stories.total, ids(plain.stories)], [1, [2]]);
  const high = await search('q=border&min_factuality=high');
  assert.deepEqual([high.stories.total, ids(high.stories)], [0, []]);
  const hidden = await search('q=border&type=stories&hide=right.example,lowfact.example');
  assert.deepEqual([hidden.stories.total, ids(hidden.stories)], [0, []]);
  // Hiding one of its two outlets keeps it.
  const one = await search('q=border&hide=lowfact.example');
  assert.deepEqual([one.stories.total, ids(one.stories)], [1, [2]]);
});

test('with preferences, pages hold exactly the shown stories and next stops where total says', async () => {
  // Every fixture summary says "summary of story N": stories 1, 2 and 3 match; 2 is hidden.
  const all = await search('q=summary&type=stories');
  assert.equal(all.stories.total, 3);
  const seen: number[] = [];
  let query: string | null = 'q=summary&type=stories&min_factuality=high&limit=1';
  let pages = 0;
  while (query !== null) {
    const page = await search(query);
    assert.equal(page.stories.total, 2);
    assert.equal(page.stories.hits.length, 1, query);
    seen.push(...ids(page.stories));
    query = page.next === null ? null : new URL(page.next, base).search.slice(1);
    pages += 1;
  }
  assert.deepEqual([pages, seen.sort()], [2, [1, 3]]);
});

test('a story of articles without an outlet counts unless unrated outlets are hidden', async () => {
  const shown = await search('q=lighthouse&min_factuality=high');
  assert.deepEqual([shown.stories.total, ids(shown.stories)], [1, [4]]);
  const unrated = await search('q=lighthouse&min_factuality=high&hide_unrated_factuality=1');
  assert.deepEqual([unrated.stories.total, ids(unrated.stories)], [0, []]);
});
