import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Outlet } from '../../domain/index.ts';
import { ArticleList, groupCopies, onSideEntry } from './article-list.tsx';

const article = (id: number, minute: number, duplicateOf: number | null = null): Article => ({
  id,
  url: `https://example.com/${id}`,
  guid: null,
  feedId: null,
  outletId: `outlet${id}.example`,
  title: `Headline ${id}`,
  lead: '',
  author: null,
  publishedAt: `2021-08-09T12:${String(minute).padStart(2, '0')}:00.000Z`,
  fetchedAt: '2021-08-09T13:00:00.000Z',
  language: 'en',
  storyId: 1,
  duplicateOf,
});

const shape = (articles: Article[]) =>
  groupCopies(articles).map((e) => [e.article.id, e.copies.map((c) => c.id)] as const);

test('groupCopies: copies sit under their original, oldest first; other articles stay entries in order', () => {
  assert.deepEqual(shape([article(1, 0), article(2, 5), article(3, 9, 1), article(4, 7, 1)]), [
    [1, [4, 3]],
    [2, []],
  ]);
});

test('groupCopies: a copy whose original is not listed (hidden by preferences) is an entry of its own', () => {
  assert.deepEqual(shape([article(2, 5), article(3, 9, 1)]), [
    [2, []],
    [3, []],
  ]);
});

test('groupCopies: a copy of a copy joins the first original, and a cycle cannot loop', () => {
  assert.deepEqual(shape([article(1, 0), article(2, 5, 1), article(3, 9, 2)]), [[1, [2, 3]]]);
  const cycle = shape([article(1, 0, 2), article(2, 5, 1)]);
  assert.equal(cycle.flatMap(([id, copies]) => [id, ...copies]).length, 2, 'both articles still listed once');
});

test('onSideEntry: a side filter shows a reprint on that side first, with the original under it', () => {
  // /stories/994?side=right showed a Lean Left Bloomberg article, the Right outlet's copy under it.
  const buckets: Record<string, 'left' | 'right'> = { 'outlet1.example': 'left', 'outlet2.example': 'right' };
  const outletOf = (id: string) =>
    (buckets[id] ? { id, bias: { bucket: buckets[id] } } : undefined) as Outlet | undefined;
  const [entry] = groupCopies([article(1, 0), article(2, 5, 1), article(3, 9, 1)]);
  const right = onSideEntry(entry!, 'right', outletOf);
  assert.deepEqual(
    right.map((e) => [e.article.id, e.copies.map((c) => c.id)]),
    [[2, [1, 3]]],
  );
  assert.deepEqual(onSideEntry(entry!, 'left', outletOf), [entry]);
  assert.deepEqual(onSideEntry(entry!, 'center', outletOf), []);
  assert.deepEqual(
    onSideEntry(entry!, 'unrated', outletOf).map((e) => e.article.id),
    [3],
  );
});

test('ArticleList shows a lead without the page chrome scraped into it', async () => {
  // Real demo leads: NPR's image chrome and a Politico video player's attribute before the story.
  const npr = {
    ...article(1, 0),
    lead:
      "READ: Brett Kavanaugh's Opening Statement Enlarge this image toggle caption Drew Angerer/Getty Images " +
      'Drew Angerer/Getty Images On Thursday, Supreme Court nominee Brett Kavanaugh will testify.',
  };
  const politico = {
    ...article(2, 5),
    lead: 'poster="http://v.politico.com/images/1155968404/201802/3121/x-vs.jpg?pubId=1155968404" Facing jeers, Rubio shifts on guns.',
  };
  const html = String(
    await ArticleList({
      storyId: 1,
      articles: [npr, politico],
      outletOf: () => undefined,
      side: 'all',
      sort: 'oldest',
      now: new Date('2021-08-10T00:00:00Z'),
    }),
  );
  assert.match(html, /<p class="lead-text"[^>]*>On Thursday, Supreme Court nominee/);
  assert.match(html, /<p class="lead-text"[^>]*>Facing jeers, Rubio shifts on guns\.<\/p>/);
  assert.doesNotMatch(html, /Enlarge this image|poster=/);
});
