// "Doesn't belong here" as a keyboard reader uses it on a phone and a desktop, in a real Chromium (as
// src/web/browser.test.ts finds and launches it) without JavaScript: the fixture app answers every request, the
// form's POST included, so no server or port is needed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import { type Browser, chromium, type Page } from 'playwright-core';
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

/** Whether the element `selector` finds inside the row of the focused button is within the table's visible box. */
const SHOWN_BESIDE_FOCUS = (selector: string) => `(() => {
  const button = document.activeElement;
  const wrap = button.closest('.table-wrap').getBoundingClientRect();
  const box = button.closest('tr').querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
  return box.left >= wrap.left - 0.5 && box.right <= wrap.right + 0.5;
})()`;

/** Presses Tab until `selector` matches the focused element (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit: number): Promise<boolean> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`Boolean(document.activeElement?.matches(${JSON.stringify(selector)}))`))
      return true;
  }
  return false;
}

test('a keyboard reader sees which article a "Doesn\'t belong here" button flags, and its count after, at 360 and 1280 px', {
  skip: SKIP_WITHOUT_CHROMIUM,
}, async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  for (const width of [360, 1280]) {
    const at = `${width} px`;
    const redirects: string[] = [];
    const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    await answerFromApp(context, app, redirects);
    const page = await context.newPage();
    await page.goto(`${FIXTURE_ORIGIN}/stories/1`);
    assert.ok(
      await tabTo(page, '#why > summary', 60),
      `${at}: Tab reaches "Why these articles are together"`,
    );
    await page.keyboard.press('Enter');
    assert.ok(
      await tabTo(page, 'td form.flag button', 10),
      `${at}: Tab reaches a "Doesn't belong here" button`,
    );
    // The focused button scrolls into view: the article it flags must be in view with it, not scrolled away.
    if (!(await page.evaluate(SHOWN_BESIDE_FOCUS('td a'))))
      problems.push(`${at}: the focused button's article title is scrolled out of the table's box`);
    await Promise.all([page.waitForURL(/flagged=\d+#why$/), page.keyboard.press('Enter')]);
    assert.match(
      redirects.join(' '),
      /^\/stories\/1\?flagged=\d+#why$/,
      `${at}: the form's answer is a 303 back`,
    );
    const landed = (await page.evaluate(`(() => {
      const notice = document.querySelector('#why .notice[role="status"]').getBoundingClientRect();
      const wrap = document.querySelector('#why .table-wrap').getBoundingClientRect();
      const count = [...document.querySelectorAll('#why td .muted')].find((s) => /^flagged /.test(s.textContent));
      const box = count?.getBoundingClientRect();
      return {
        noticeInView: notice.top >= 0 && notice.bottom <= innerHeight,
        countShown: Boolean(box) && box.left >= wrap.left - 0.5 && box.right <= wrap.right + 0.5,
        pageWidth: document.scrollingElement.scrollWidth,
      };
    })()`)) as { noticeInView: boolean; countShown: boolean; pageWidth: number };
    if (!landed.noticeInView) problems.push(`${at}: the "Noted" notice is not in view after the flag`);
    if (!landed.countShown) problems.push(`${at}: "flagged …" is outside the table's visible box`);
    if (landed.pageWidth > width) problems.push(`${at}: the page is ${landed.pageWidth} px wide`);
    await context.close();
  }
  assert.deepEqual(problems, []);
});
