import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeTimeline, type Timeline } from './compute-timeline.ts';
import { UCI_STORY } from './testdata/uci-story.ts';
import { renderTimelineSvg } from './render-timeline-svg.ts';

const ALLOWED_TAGS = new Set(['svg', 'title', 'desc', 'defs', 'pattern', 'rect', 'line', 'text', 'g']);

function tagsOf(svg: string): string[] {
  return [...svg.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map((m) => m[1]!);
}

test('renderTimelineSvg draws a real story accessibly: title, description with counts, a tooltip per bar', () => {
  const timeline = computeTimeline(UCI_STORY);
  const svg = renderTimelineSvg(timeline, { idPrefix: 'story-7' });
  assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="story-7-title story-7-desc">/);
  assert.match(svg, /<title id="story-7-title">Coverage over time<\/title>/);
  const unrated = UCI_STORY.filter((a) => a.side === null).length;
  assert.match(
    svg,
    new RegExp(
      `<desc id="story-7-desc">61 articles from May 21 19:00 UTC to May 22 13:00 UTC, counted by hour: Left \\d+, Center \\d+, Right \\d+, Unrated ${unrated}\\.</desc>`,
    ),
  );
  assert.equal((svg.match(/<g><title>/g) ?? []).length, timeline.buckets.length);
  assert.match(svg, /fill="url\(#story-7-hatch\)"/);
  assert.ok(tagsOf(svg).every((tag) => ALLOWED_TAGS.has(tag)));
  assert.ok(svg.endsWith('</svg>'));
});

test('renderTimelineSvg escapes every text and ignores hostile ids and counts', () => {
  const hostile = {
    granularity: 'day',
    total: 1,
    buckets: [
      {
        start: '"><script>alert(1)</script>',
        left: '<img src=x onerror=alert(1)>',
        center: 2,
        right: -3,
        unrated: 1,
      },
    ],
  } as unknown as Timeline;
  const svg = renderTimelineSvg(hostile, {
    title: '</title><script>alert("x")</script>',
    idPrefix: '"><script>',
    width: Number.NaN,
  });
  assert.doesNotMatch(svg, /<script|onerror=|<img/i);
  assert.ok(tagsOf(svg).every((tag) => ALLOWED_TAGS.has(tag)));
  assert.match(svg, /&lt;\/title&gt;&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
  assert.match(svg, /aria-labelledby="script-title script-desc"/);
  assert.match(svg, /\?: Left 0, Center 2, Right 0, Unrated 1/);
});

test('renderTimelineSvg says so when there is nothing to draw', () => {
  const svg = renderTimelineSvg(computeTimeline([]));
  assert.match(svg, /<desc id="timeline-desc">No dated articles\.<\/desc>/);
  assert.match(svg, />No dated articles<\/text>/);
});

test('renderTimelineSvg wraps the legend into rows a narrow chart has room for, and starts the plot below it', () => {
  const timeline = computeTimeline(UCI_STORY);
  const legendAt = (svg: string) =>
    [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="10" height="10"/g)].map((m) => [+m[1]!, +m[2]!]);
  const wide = renderTimelineSvg(timeline);
  assert.deepEqual(legendAt(wide), [
    [30, 6],
    [150, 6],
    [270, 6],
    [390, 6],
  ]);
  assert.match(wide, /<line x1="30" y1="26" x2="30" y2="178"/);
  const narrow = renderTimelineSvg(timeline, { width: 300 });
  assert.deepEqual(legendAt(narrow), [
    [30, 6],
    [150, 6],
    [30, 22],
    [150, 22],
  ]);
  assert.match(narrow, /<line x1="30" y1="42" x2="30" y2="178"/, 'the y axis starts below the second row');
});
