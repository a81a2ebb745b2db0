import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from './analyze-article.ts';
import { NearDuplicateIndex } from './near-duplicate-index.ts';
import type { ClusterInput } from './types.ts';

const WIRE =
  'WASHINGTON (AP) — The Senate on Tuesday passed a sweeping infrastructure bill after weeks of negotiations, sending ' +
  'the measure to the House, where its fate is tied to a larger package of social spending that Democrats hope to pass.';
const article = (id: string, title: string, text: string): ClusterInput => ({
  id,
  title,
  text,
  published: null,
});

test('NearDuplicateIndex finds a trimmed and extended wire reprint by containment', () => {
  const index = new NearDuplicateIndex();
  const original = analyzeArticle(article('1', 'Senate passes infrastructure bill', WIRE), 200);
  index.add('1', 7, index.fingerprint(original));
  const reprint = analyzeArticle(
    article(
      '2',
      'Infrastructure bill heads to House',
      `${WIRE} Local officials welcomed the news on Wednesday.`,
    ),
    200,
  );
  const match = index.find(index.fingerprint(reprint));
  assert.deepEqual(
    { id: match?.id, story: match?.story, containment: match?.containment },
    { id: '1', story: 7, containment: 1 },
  );
  assert.deepEqual(match?.source.credits, ['AP'], 'the match says what the original credits');
  const unrelated = analyzeArticle(
    article(
      '3',
      'Storm hits coast',
      'A powerful storm brought heavy rain and strong winds to the coast on Tuesday, ' +
        'knocking out power to thousands of homes and closing schools across the region for the rest of the week.',
    ),
    200,
  );
  assert.equal(index.find(index.fingerprint(unrelated)), undefined);
});

test('NearDuplicateIndex matches identical long headlines without text, never short ones', () => {
  const index = new NearDuplicateIndex();
  const print = (id: string, title: string) => index.fingerprint(analyzeArticle(article(id, title, ''), 200));
  index.add('a', 1, print('a', 'Fed official says weak data caused by weather'));
  index.add('b', 2, print('b', 'Stocks fall'));
  assert.equal(index.find(print('c', 'Fed official says weak data caused by weather'))?.id, 'a');
  assert.equal(index.find(print('d', 'Stocks fall')), undefined);
});

test('NearDuplicateIndex forgets the articles of closed stories', () => {
  const index = new NearDuplicateIndex();
  const print = index.fingerprint(
    analyzeArticle(article('1', 'Senate passes infrastructure bill', WIRE), 200),
  );
  index.add('1', 7, print);
  index.expire((story) => story !== 7, 1000);
  assert.equal(index.find(print), undefined);
});

// The Hill's pages as scraped: the lead opens with a "related stories" widget, the same on every page of a day.
const TEMPLATE =
  'President Trump Donald John TrumpKamala Harris calls for Twitter to suspend Trump account over whistleblower ' +
  "attacks Clinton jokes she 'never' had to tell Obama to stop tweeting Trump says Kurds 'are no angels' after " +
  'Turkish incursion into Syria MORE on Monday';
const page = (id: string, outlet: string, title: string, rest: string): ClusterInput => ({
  ...article(id, title, `${TEMPLATE} ${rest}`),
  outlet,
});

test('NearDuplicateIndex: one outlet under another headline is its page template, not a copy', () => {
  const index = new NearDuplicateIndex();
  const print = (input: ClusterInput) => index.fingerprint(analyzeArticle(input, 200));
  index.add(
    '1',
    1,
    print(page('1', 'thehill.com', 'Trump doubles down on family separation policy', 'defended it.')),
  );
  const other = page(
    '2',
    'thehill.com',
    'Trump threatens to shut down government over border wall funding',
    'warned.',
  );
  assert.equal(index.find(print(other)), undefined);
  const update = page(
    '3',
    'thehill.com',
    'Trump doubles down on family separation policy again',
    'defended it.',
  );
  assert.equal(
    index.find(print(update))?.id,
    '1',
    'a second version of one article (headline kept) is a copy',
  );
  const carried = page('4', 'example.com', 'Trump defends separating families at the border', 'defended it.');
  assert.equal(
    index.find(print(carried))?.id,
    '1',
    'another outlet carrying the text under its own headline is',
  );
});
