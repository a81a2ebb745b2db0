import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BiasBucket } from '../domain/index.ts';
import { computeTimeline } from './compute-timeline.ts';
import { firstReporter, sameTimeOutlets, storySpan } from './first-reporter.ts';
import { UCI_STORY } from './testdata/uci-story.ts';

const ROWS = UCI_STORY;

test('computeTimeline counts a real 18-hour story by hour and side, empty hours included', () => {
  const timeline = computeTimeline(ROWS);
  assert.equal(timeline.granularity, 'hour');
  assert.equal(timeline.total, 61);
  const sum = timeline.buckets.reduce((n, b) => n + b.left + b.center + b.right + b.unrated, 0);
  assert.equal(sum, 61);
  assert.equal(
    timeline.buckets.reduce((n, b) => n + b.unrated, 0),
    ROWS.filter((r) => r.side === null).length,
  );
  assert.equal(timeline.buckets.length, 19);
  assert.ok(timeline.buckets.some((b) => b.left + b.center + b.right + b.unrated === 0));
  const starts = timeline.buckets.map((b) => Date.parse(b.start));
  assert.ok(starts.every((t, i) => i === 0 || t - starts[i - 1]! === 3_600_000));
  assert.equal(timeline.buckets[0]!.start, '2014-05-21T19:00:00.000Z');
});

test('computeTimeline picks days, then weeks, for longer stories and skips bad dates', () => {
  const at = (iso: string, side: BiasBucket | null = 'left') => ({ publishedAt: iso, side });
  const days = computeTimeline([
    at('2021-07-01T10:00:00Z'),
    at('2021-07-05T23:00:00Z', null),
    at('nonsense'),
  ]);
  assert.equal(days.granularity, 'day');
  assert.equal(days.buckets.length, 5);
  assert.equal(days.total, 2);
  assert.deepEqual(days.buckets.at(-1), {
    start: '2021-07-05T00:00:00.000Z',
    left: 0,
    center: 0,
    right: 0,
    unrated: 1,
  });
  const weeks = computeTimeline([at('2021-01-01T00:00:00Z'), at('2021-06-30T00:00:00Z')]);
  assert.equal(weeks.granularity, 'week');
  assert.equal(weeks.buckets[0]!.start, '2020-12-28T00:00:00.000Z'); // the Monday before
  assert.deepEqual(computeTimeline([]).buckets, []);
});

test('computeTimeline counts dates without a time of day by day, not at midnight of empty hours', () => {
  // The demo snapshot's articles carry days only: the Kavanaugh story ran from July 9 to July 11, 2018.
  const at = (iso: string, side: BiasBucket | null) => ({ publishedAt: iso, side });
  const timeline = computeTimeline([
    at('2018-07-09T00:00:00.000Z', 'left'),
    at('2018-07-09T00:00:00.000Z', 'right'),
    at('2018-07-10T00:00:00.000Z', 'center'),
    at('2018-07-11T00:00:00.000Z', 'left'),
  ]);
  assert.equal(timeline.granularity, 'day');
  assert.deepEqual(
    timeline.buckets.map((b) => b.left + b.center + b.right),
    [2, 1, 1],
  );
  // One article with a time of day is enough to count by hour.
  assert.equal(
    computeTimeline([at('2018-07-09T00:00:00.000Z', 'left'), at('2018-07-09T14:30:00.000Z', 'right')])
      .granularity,
    'hour',
  );
});

test('firstReporter and storySpan find the earliest article and the last update', () => {
  const first = firstReporter(ROWS);
  assert.deepEqual(first, { articleId: 1, outletId: 'www.npr.org', publishedAt: ROWS[0]!.publishedAt });
  const span = storySpan(ROWS)!;
  assert.equal(span.firstPublishedAt, ROWS[0]!.publishedAt);
  assert.ok(span.lastUpdatedAt > span.firstPublishedAt);
  assert.equal(firstReporter([{ id: 1, outletId: null, publishedAt: 'x' }]), null);
  assert.equal(storySpan([]), undefined);
});

test("sameTimeOutlets names the other outlets that published at the first reporter's very time, each once", () => {
  // The demo snapshot's dates have no time of day: CNN, The New York Times and Fox News all "first" on 2018-03-08.
  const day = '2018-03-08T00:00:00.000Z';
  const articles = [
    { id: 3, outletId: 'foxnews.com', publishedAt: day },
    { id: 7, outletId: 'cnn.com', publishedAt: day },
    { id: 9, outletId: 'nytimes.com', publishedAt: '2018-03-08T00:00:00Z' },
    { id: 11, outletId: 'cnn.com', publishedAt: day },
    { id: 12, outletId: null, publishedAt: day },
    { id: 14, outletId: 'foxnews.com', publishedAt: day },
    { id: 15, outletId: 'apnews.com', publishedAt: '2018-03-09T00:00:00.000Z' },
  ];
  const first = firstReporter(articles)!;
  assert.equal(first.outletId, 'foxnews.com');
  assert.deepEqual(sameTimeOutlets(articles, first), ['cnn.com', 'nytimes.com']);
  assert.deepEqual(sameTimeOutlets(articles.slice(0, 1), first), []);
});
