import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_SEARCH_TERMS, toFtsQuery } from './fts-query.ts';
import { splitHighlights } from './highlighted-text.ts';
import { seedReaderFixture, testEachStore } from './testdata/reader-fixture.ts';

const hitsOf = (parts: readonly { text: string; hit: boolean }[]) =>
  parts.filter((p) => p.hit).map((p) => p.text.toLowerCase());

testEachStore(
  'search finds stories by title and summary, best match first, with the matches marked',
  async (store) => {
    await seedReaderFixture(store);
    const result = await store.search.searchStories({ text: 'infrastructure', limit: 10 });
    assert.equal(result.total, 1);
    assert.equal(result.hits[0]!.story.id, 1);
    assert.deepEqual(hitsOf(result.hits[0]!.title), ['infrastructure']);
    assert.equal(result.hits[0]!.title.map((p) => p.text).join(''), 'Senate passes infrastructure bill');
    const kabul = await store.search.searchStories({ text: 'kabul airport', limit: 10 });
    assert.deepEqual(
      kabul.hits.map((h) => h.story.id),
      [2],
    );
    assert.ok(hitsOf(kabul.hits[0]!.snippet).includes('airport'));
  },
);

testEachStore(
  'search finds articles by title and lead, stemmed, and leaves out excluded outlets',
  async (store) => {
    await seedReaderFixture(store);
    const all = await store.search.searchArticles({ text: 'senators', limit: 10 });
    assert.ok(all.total >= 1);
    const senate = await store.search.searchArticles({ text: 'senate', limit: 10 });
    assert.equal(senate.total, 3);
    assert.ok(senate.hits.every((h) => h.article.storyId === 1));
    const withoutCnn = await store.search.searchArticles({
      text: 'senate',
      limit: 10,
      excludeOutlets: ['cnn.com'],
    });
    assert.equal(withoutCnn.total, 2);
    assert.ok(withoutCnn.hits.every((h) => h.article.outletId !== 'cnn.com'));
    // Articles of an unknown outlet are never hidden by an exclusion list.
    const repairs = await store.search.searchArticles({
      text: 'repairs',
      limit: 10,
      excludeOutlets: ['cnn.com'],
    });
    assert.equal(repairs.total, 1);
    assert.equal(repairs.hits[0]!.article.outletId, null);
  },
);

testEachStore('search pages through results and counts them all', async (store) => {
  await seedReaderFixture(store);
  const first = await store.search.searchArticles({ text: 'senate', limit: 2 });
  const second = await store.search.searchArticles({ text: 'senate', limit: 2, offset: 2 });
  assert.equal(first.total, 3);
  assert.equal(first.hits.length, 2);
  assert.equal(second.hits.length, 1);
  const ids = [...first.hits, ...second.hits].map((h) => h.article.id);
  assert.equal(new Set(ids).size, 3);
});

testEachStore('search honours phrases and exclusions, and never fails on odd input', async (store) => {
  await seedReaderFixture(store);
  const phrase = await store.search.searchArticles({ text: '"infrastructure bill"', limit: 10 });
  assert.equal(phrase.total, 2);
  const excluded = await store.search.searchArticles({ text: 'senate -house', limit: 10 });
  assert.equal(excluded.total, 2);
  for (const text of [
    '',
    '   ',
    '"',
    'AND',
    'NOT (',
    'title:senate',
    '*',
    '-',
    'OR OR',
    'a"b',
    '\u0002x',
    "l'état",
    '((',
  ]) {
    const stories = await store.search.searchStories({ text, limit: 5 });
    const articles = await store.search.searchArticles({ text, limit: 5 });
    assert.ok(stories.total >= 0 && articles.total >= 0, text);
  }
});

test('toFtsQuery quotes every term so that no input is an FTS5 syntax error', () => {
  assert.equal(toFtsQuery('senate bill'), '"senate" AND "bill"');
  assert.equal(toFtsQuery('"infrastructure bill" -house'), '("infrastructure bill") NOT ("house")');
  assert.equal(toFtsQuery('kabul OR afghanistan airport'), '("kabul" OR "afghanistan") AND "airport"');
  assert.equal(toFtsQuery('infra*'), '"infra"*');
  assert.equal(toFtsQuery('title:senate'), '"title:senate"');
  assert.equal(toFtsQuery('say "hi'), '"say" AND "hi"');
  assert.equal(toFtsQuery('a"b'), '"a""b"');
  assert.equal(toFtsQuery('-house'), undefined);
  assert.equal(toFtsQuery('  '), undefined);
  assert.equal(toFtsQuery('!!! ***'), undefined);
});

test('toFtsQuery reads a term typed twice once, a one-letter prefix as the letter, and no more than 12 terms', () => {
  assert.equal(toFtsQuery('senate Senate senate* senate*'), '"senate" AND "senate"*');
  assert.equal(toFtsQuery('-house senate -House'), '("senate") NOT ("house")');
  assert.equal(toFtsQuery('kabul OR kabul airport'), '"kabul" AND "airport"');
  assert.equal(toFtsQuery('t*'), '"t*"');
  assert.equal(toFtsQuery(Array(66).fill('t*').join(' ')), '"t*"');
  const words = Array.from({ length: 30 }, (_, i) => `w${i}*`);
  assert.equal(
    toFtsQuery(words.join(' ')),
    words
      .slice(0, MAX_SEARCH_TERMS)
      .map((w) => `"${w.slice(0, -1)}"*`)
      .join(' AND '),
  );
  assert.equal(MAX_SEARCH_TERMS, 12);
});

test('splitHighlights splits marked text into plain and matching parts', () => {
  assert.deepEqual(splitHighlights('a \u0002b\u0003 c'), [
    { text: 'a ', hit: false },
    { text: 'b', hit: true },
    { text: ' c', hit: false },
  ]);
  assert.deepEqual(splitHighlights('plain'), [{ text: 'plain', hit: false }]);
  assert.deepEqual(splitHighlights(''), []);
});

test('toFtsQuery lets a word match its other spellings, in matches and in exclusions', () => {
  assert.equal(toFtsQuery('defence budget'), '("defence" OR "defense") AND "budget"');
  assert.equal(toFtsQuery('organization'), '("organization" OR "organisation")');
  assert.equal(toFtsQuery('"defence budget"'), '"defence budget"', 'a phrase is taken as written');
  assert.equal(toFtsQuery('defen*'), '"defen"*');
  assert.equal(toFtsQuery('senate -GOP'), '("senate") NOT ("GOP" OR "republican")');
});

testEachStore(
  'search finds an article written in the other spelling, and marks the word as written',
  async (store) => {
    await seedReaderFixture(store);
    await store.articles.save([
      {
        url: 'https://www.bbc.co.uk/news/uk-58245781',
        outletId: null,
        title: 'Defence ministry extends Kabul airlift programme',
        lead: 'The Ministry of Defence said the evacuation programme would run for another week.',
        publishedAt: '2021-08-02T18:00:00.000Z',
        fetchedAt: '2021-08-10T00:00:00.000Z',
        contentHash: 'bbc-1',
      },
    ]);
    const american = await store.search.searchArticles({ text: 'defense program', limit: 10 });
    assert.equal(american.total, 1);
    assert.deepEqual(hitsOf(american.hits[0]!.title), ['defence', 'programme']);
    const british = await store.search.searchArticles({ text: 'defence', limit: 10 });
    assert.equal(british.total, 1);
    const excluded = await store.search.searchArticles({ text: 'kabul -defense', limit: 10 });
    assert.ok(excluded.hits.every((h) => !/defence/i.test(h.article.title)));
    assert.ok(excluded.total >= 1);
  },
);
