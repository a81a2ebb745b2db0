// The story timeline as a reader sees it, in a real Chromium (as src/web/browser.test.ts finds and launches it):
// the fixture app answers every request in the browser's place, so no server or port is needed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import { type Browser, chromium } from 'playwright-core';
import type { Store } from '../../store/index.ts';
import {
  answerFromApp,
  CHROMIUM,
  CHROMIUM_ARGS,
  FIXTURE_ORIGIN,
  SKIP_WITHOUT_CHROMIUM,
} from '../testdata/in-browser.ts';
import { buildFixtureApp } from '../testdata/web-fixture.ts';

let app: Hono;
let store: Store;
let browser: Browser | undefined;
before(async () => {
  ({ app, store } = await buildFixtureApp());
});
after(async () => {
  await browser?.close();
  await store.close();
});

interface Drawn {
  readonly charts: number;
  readonly smallestText: number;
  readonly outside: string[];
  readonly overlapping: string[];
  readonly chartRight: number;
  readonly pageWidth: number;
  readonly viewport: number;
}

/** The visible timeline charts of the page: their smallest text as drawn, texts cut off or on top of each other. */
const MEASURE = `(() => {
  const charts = [...document.querySelectorAll('.timeline svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
  const texts = charts.flatMap((svg) => [...svg.querySelectorAll('text')].map((text) => ({ svg, text })));
  const sizes = texts.map(({ text }) => {
    const m = text.getScreenCTM();
    return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
  });
  const boxes = texts.map(({ svg, text }) => ({ svg, label: text.textContent, box: text.getBoundingClientRect() }));
  const outside = boxes.filter(({ svg, box }) => {
    const frame = svg.getBoundingClientRect();
    return box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5;
  }).map((b) => b.label);
  const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.svg === b.svg &&
    a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
    .map((b) => a.label + ' / ' + b.label));
  return {
    charts: charts.length,
    smallestText: Math.min(...sizes),
    outside,
    overlapping,
    chartRight: Math.max(...charts.map((svg) => svg.getBoundingClientRect().right)),
    pageWidth: document.scrollingElement.scrollWidth,
    viewport: window.innerWidth,
  };
})()`;

test('the story timeline is readable on a phone and a desktop, in light and dark, without JavaScript', {
  skip: SKIP_WITHOUT_CHROMIUM,
}, async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        colorScheme,
        javaScriptEnabled: false,
      });
      await answerFromApp(context, app);
      const page = await context.newPage();
      await page.goto(`${FIXTURE_ORIGIN}/stories/1`);
      const drawn = (await page.evaluate(MEASURE)) as Drawn;
      const at = `${colorScheme} ${width} px`;
      if (drawn.charts !== 1) problems.push(`${at}: ${drawn.charts} timelines shown, not 1`);
      // The chart's text is 11 px: drawn at no less than that (an SVG scaled down to a phone drew it at 5.5 px).
      if (drawn.smallestText < 10.9)
        problems.push(`${at}: text drawn at ${drawn.smallestText.toFixed(1)} px`);
      if (drawn.outside.length > 0) problems.push(`${at}: text cut off: ${drawn.outside.join(', ')}`);
      if (drawn.overlapping.length > 0)
        problems.push(`${at}: text overlaps: ${drawn.overlapping.join(', ')}`);
      if (drawn.chartRight > drawn.viewport || drawn.pageWidth > drawn.viewport)
        problems.push(`${at}: chart ends at ${drawn.chartRight} px, page ${drawn.pageWidth} px wide`);
      await context.close();
    }
  }
  assert.deepEqual(problems, []);
});
