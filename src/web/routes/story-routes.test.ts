import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../../store/index.ts';
import { MAX_FORM_BYTES } from '../read-form.ts';
import { buildFixtureApp } from '../testdata/web-fixture.ts';

let app: Hono;
let store: Store;
before(async () => {
  ({ app, store } = await buildFixtureApp());
});
after(() => store.close());

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const flag = (path: string, body: string, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body, headers: { ...FORM, ...headers } });

test('each article row of "why together" has a labelled form button that flags it, without JavaScript', async () => {
  const html = await (await app.request('/stories/1')).text();
  const why = html.slice(html.indexOf('<details class="why" id="why"'), html.indexOf('</details>'));
  assert.ok(why.length > 0, 'the section has the id the redirect goes to');
  assert.doesNotMatch(why.slice(0, 40), /open/, 'closed until a flag');
  // Articles 2 to 5 are rows; article 1 opened the story and is named above the table, with its own button.
  for (const [id, title, outlet] of [
    [1, 'Senate passes infrastructure bill', 'Center Wire'],
    [2, 'Senate approves historic infrastructure package', 'Left Daily'],
    [5, 'What the infrastructure bill means for your town', 'blog.example'],
  ] as const) {
    const form = why.match(
      new RegExp(
        `<form class="flag" method="post" action="/stories/1/feedback"><input type="hidden" name="article_id" value="${id}"/>.*?</form>`,
      ),
    )?.[0];
    assert.ok(form, `a form for article ${id}`);
    assert.match(form, /<input type="hidden" name="verdict" value="not_in_story"\/>/);
    assert.match(
      form,
      new RegExp(
        `<button type="submit" class="secondary">Doesn&#39;t belong here<span class="visually-hidden">: <span>${title}</span> \\(${outlet}\\)</span></button>`,
      ),
    );
  }
  assert.equal(why.match(/<form class="flag"/g)?.length, 5);
  assert.doesNotMatch(why, /flagged/);
});

test('a flag redirects back to the section, which thanks the reader and counts the flags; the cached page changes', async () => {
  const first = await app.request('/stories/1');
  const etag = first.headers.get('etag')!;
  const res = await flag('/stories/1/feedback', 'article_id=3&verdict=not_in_story', {
    origin: 'http://localhost',
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/stories/1?flagged=3#why');
  // The old ETag no longer matches: the page is built again with the flag counted.
  const plain = await app.request('/stories/1', { headers: { 'if-none-match': etag } });
  assert.equal(plain.status, 200);
  const plainHtml = await plain.text();
  assert.match(plainHtml, /<span class="muted">flagged once as not belonging here<\/span>/);
  assert.doesNotMatch(plainHtml, /Noted:/, 'only the page the reader is sent back to thanks them');
  const html = await (await app.request('/stories/1?flagged=3')).text();
  assert.match(html, /<details class="why" id="why" open="">/);
  assert.match(
    html,
    /<p class="notice" role="status">Noted: “<span>Infrastructure bill clears the Senate with GOP votes<\/span>” \(Right Times\) does\s+not belong to this story. Thank you — operators review these flags.<\/p>/,
  );
  await flag('/stories/1/feedback', 'article_id=3&verdict=not_in_story', { 'sec-fetch-site': 'same-origin' });
  const again = await (await app.request('/stories/1?flagged=3')).text();
  assert.match(again, /flagged 2 times as not belonging here/);
  // An article nobody flagged, or no article at all, gets no notice (and no cache entry of its own).
  for (const query of ['flagged=2', 'flagged=999', 'flagged=abc']) {
    const other = await app.request(`/stories/1?${query}`);
    assert.equal(other.status, 200, query);
    assert.doesNotMatch(await other.text(), /Noted:/, query);
  }
  assert.equal((await store.feedback.countByArticle(1)).get(3), 2);
});

test('a flag from another site is refused; mistakes are a 400 or 404 page with a message, never a 500', async () => {
  const cases: [string, string, Record<string, string>, number, RegExp][] = [
    [
      '/stories/1/feedback',
      'article_id=2&verdict=not_in_story',
      { origin: 'https://evil.example' },
      403,
      /cross-site form refused/,
    ],
    [
      '/stories/1/feedback',
      'article_id=2&verdict=not_in_story',
      { 'sec-fetch-site': 'cross-site' },
      403,
      /cross-site form refused/,
    ],
    ['/stories/1/feedback', 'article_id=6&verdict=not_in_story', {}, 404, /article 6 is not in story 1/],
    ['/stories/1/feedback', 'article_id=999&verdict=not_in_story', {}, 404, /article 999 is not in story 1/],
    ['/stories/404/feedback', 'article_id=2&verdict=not_in_story', {}, 404, /no story 404/],
    ['/stories/x/feedback', 'article_id=2&verdict=not_in_story', {}, 404, /no story &quot;x&quot;/],
    ['/stories/1/feedback', 'article_id=two&verdict=not_in_story', {}, 400, /article_id must be/],
    ['/stories/1/feedback', 'verdict=not_in_story', {}, 400, /article_id must be/],
    ['/stories/1/feedback', 'article_id=2', {}, 400, /verdict must be not_in_story/],
    ['/stories/1/feedback', 'article_id=2&verdict=spam', {}, 400, /verdict must be not_in_story/],
    [
      '/stories/1/feedback',
      '--x\r\nbroken',
      { 'content-type': 'multipart/form-data; boundary=x' },
      400,
      /the form could not be read/,
    ],
    [
      '/stories/1/feedback',
      `article_id=2&verdict=not_in_story&x=${'a'.repeat(MAX_FORM_BYTES)}`,
      {},
      413,
      /larger than 64 KiB/,
    ],
  ];
  for (const [path, body, headers, status, message] of cases) {
    const res = await flag(path, body, headers);
    assert.equal(res.status, status, `${path} ${body.slice(0, 50)} ${JSON.stringify(headers)}`);
    assert.match(await res.text(), message, `${path} ${body.slice(0, 50)}`);
  }
  assert.equal((await store.feedback.countByArticle(1)).get(2), undefined, 'nothing was recorded');
});

test('the article that opened the story has no row, but its button and its flags show beside its name', async () => {
  const res = await app.request('/api/stories/1/feedback', {
    method: 'POST',
    body: '{"article_id":1,"verdict":"not_in_story"}',
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(res.status, 201);
  const html = await (await app.request('/stories/1')).text();
  assert.match(
    html,
    /<div class="opener">The story was started by <a href="#article-1">Senate passes infrastructure bill<\/a>\.<form class="flag".*?<\/form> <span class="muted">flagged once as not belonging here<\/span><\/div>/,
  );
});
