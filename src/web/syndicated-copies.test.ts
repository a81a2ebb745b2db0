// A wire story carried by several outlets is one entry of a story's article list, with its carriers under it; the
// API gives each article its copies. The fixture's border story gets two syndicated copies of its first article.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../store/index.ts';
import { buildFixtureApp, NOW } from './testdata/web-fixture.ts';

let app: Hono;
let store: Store;
let original: number;
let copies: readonly number[];
before(async () => {
  ({ app, store } = await buildFixtureApp());
  [original] = (await store.articles.listForStory(2)).map((a) => a.id) as [number];
  const drafts = [
    ['center.example', 'Border crossings hit a new high', '2021-08-09T12:00:00.000Z'],
    ['left.example', 'Border crossings hit new high, agency says', '2021-08-09T13:00:00.000Z'],
  ].map(([outletId, title, at]) => ({
    url: `https://${outletId}/wire/border`,
    outletId: outletId!,
    title: title!,
    lead: 'Border Patrol reported record encounters.',
    publishedAt: at!,
    fetchedAt: NOW,
    contentHash: `copy-${outletId}`,
  }));
  const { changedIds } = await store.articles.save(drafts, NOW);
  copies = changedIds;
  await store.stories.applyAssignments(
    changedIds.map((articleId, i) => ({
      articleId,
      storyId: 2,
      isNew: false,
      duplicateOf: original,
      publishedAt: drafts[i]!.publishedAt,
      title: drafts[i]!.title,
      score: 0.97,
      runnerUp: null,
      sharedTerms: [],
      sharedEntities: [],
    })),
    NOW,
  );
});
after(() => store.close());

const page = async (path: string) => (await app.request(path)).text();
/** The top-level entries of the article list, each as its HTML. */
const entriesOf = (html: string) => {
  const list = html.slice(
    html.indexOf('<ol class="articles">'),
    html.indexOf('</ol>', html.indexOf('<ol class="articles">')),
  );
  return list.split(/<li id="article-\d+" class="article /).slice(1);
};

test('a story page lists a syndicated story once, with the outlets that carried it', async () => {
  const html = await page('/stories/2');
  const entries = entriesOf(html);
  assert.equal(entries.length, 2, 'the original and the Spanish article; the copies sit inside the original');
  const wire = entries.find((e) => e.includes('Border crossings hit a new high</a></h3>'))!;
  assert.match(wire, /Same text also published 2 more times, by 2 outlets:/);
  assert.match(wire, new RegExp(`<li id="article-${copies[0]}" class="carrier side-center">`));
  assert.match(wire, /Read at Center Wire<\/a>/, 'a copy with the same headline links by its outlet');
  assert.match(
    wire,
    />Right Times is listed as the original: it was published first\.<\/p>/,
    'says which outlet is the original, and why',
  );
  assert.match(
    wire,
    /Border crossings hit new high, agency says<\/a>/,
    'a retitled copy shows its own headline',
  );
  assert.match(
    wire,
    new RegExp(`data-article-id="${copies[1]}"`),
    'a click on a copy is logged like any article',
  );
  assert.match(
    html,
    /2 syndicated copies \(the same text published again, mostly by another outlet\) are listed with the article they copy\./,
  );
  assert.match(html, /<h2 id="articles">4 Articles<\/h2>/, 'every copy still counts as an article');
});

test('the side filter shows an entry when any of its carriers is on that side', async () => {
  const html = await page('/stories/2?side=left');
  assert.match(html, /Showing 1 Left article of 4\./);
  assert.match(html, /aria-current="true">Left <span class="count">\(1\)/);
  const entries = entriesOf(html);
  assert.equal(entries.length, 1);
  assert.match(entries[0]!, /Border crossings hit new high, agency says/);
});

test('the API gives an original its copies and each copy its original', async () => {
  type ApiArticle = {
    id: number;
    duplicate_of: number | null;
    copies: number[];
    original_reason: string | null;
  };
  const body = (await (await app.request('/api/stories/2')).json()) as { articles: ApiArticle[] };
  const byId = new Map(body.articles.map((a) => [a.id, a]));
  assert.deepEqual(byId.get(original)?.copies, copies);
  assert.equal(byId.get(original)?.original_reason, 'it was published first', 'the page says the same');
  for (const id of copies) {
    assert.equal(byId.get(id)?.duplicate_of, original);
    assert.deepEqual(byId.get(id)?.copies, []);
    assert.equal(byId.get(id)?.original_reason, null);
  }
});
