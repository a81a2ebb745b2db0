import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Outlet } from '../../domain/index.ts';
import { FramesSection } from './frames-section.tsx';

const article = (id: number, outletId: string): Article => ({
  id,
  url: `https://${outletId}/${id}`,
  guid: null,
  feedId: null,
  outletId,
  title: `Headline ${id}`,
  lead: '',
  author: null,
  publishedAt: '2021-08-09T12:00:00.000Z',
  fetchedAt: '2021-08-09T13:00:00.000Z',
  language: 'en',
  storyId: 1,
  duplicateOf: null,
});
const buckets: Record<string, 'left' | 'center' | 'right'> = {
  'left.example': 'left',
  'right.example': 'right',
  'right2.example': 'right',
};
const outletOf = (id: string) =>
  (buckets[id] ? { id, bias: { bucket: buckets[id] } } : undefined) as Outlet | undefined;
const render = (articles: Article[]) =>
  String(FramesSection({ storyId: 1, frames: [], byId: new Map(), articles, outletOf }) ?? '');

test('FramesSection says why a story covered from two sides has no frames, with the count of each side', () => {
  const html = render([article(1, 'left.example'), article(2, 'right.example')]);
  assert.match(html, /How each side covered it/);
  assert.match(
    html,
    /a side needs 2 to show what it stressed over the others, and\s+this story has Left 1 · Center 0 · Right 1/,
  );
});

test('FramesSection says nothing of frames for a story from one side only', () => {
  assert.equal(render([article(1, 'right.example'), article(2, 'right2.example')]), '');
  assert.equal(render([article(1, 'unrated.example')]), '');
});
