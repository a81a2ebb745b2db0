// Last-Modified and If-Modified-Since on the feeds and the JSON API (RFC 9110 §8.8.2, §13.1.3, §13.2.2).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../../store/index.ts';
import { buildFixtureApp, retitleStory } from '../testdata/web-fixture.ts';

let app: Hono;
let store: Store;
before(async () => {
  ({ app, store } = await buildFixtureApp());
});
after(() => store.close());

const T0 = Date.parse('2026-01-02T03:04:05.678Z');
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

test('feeds and API answers send Last-Modified; If-Modified-Since is a 304 only without If-None-Match', async (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: T0 });
  for (const path of [
    '/feeds/top.rss',
    '/feeds/latest.atom',
    '/feeds/topics/joe-biden.json',
    '/feeds/search.rss?q=kabul',
    '/api/stories',
    '/api/stories/1',
    '/api/search?q=senate',
  ]) {
    const first = await get(path);
    assert.equal(first.status, 200, path);
    const modified = first.headers.get('last-modified');
    const etag = first.headers.get('etag')!;
    // When the answer was built, to the second (the mocked clock moves a minute for each path).
    assert.equal(modified, new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString(), path);
    t.mock.timers.tick(60_000);
    // Unchanged, the answer keeps its date, and a date no earlier than it is a 304 with the validators.
    const same = await get(path, { 'if-modified-since': modified! });
    assert.deepEqual([same.status, await same.text()], [304, ''], path);
    assert.equal(same.headers.get('etag'), etag, path);
    assert.equal(same.headers.get('last-modified'), modified, path);
    const later = new Date(Date.now()).toUTCString();
    assert.equal((await get(path, { 'if-modified-since': later })).status, 304, path);
    // Earlier, invalid, or beside an If-None-Match (which then decides alone): the answer itself.
    const earlier = new Date(Date.parse(modified!) - 1000).toUTCString();
    const cases: Record<string, string>[] = [
      { 'if-modified-since': earlier },
      { 'if-modified-since': 'yesterday' },
      { 'if-modified-since': modified!, 'if-none-match': '"something-else"' },
    ];
    for (const headers of cases) {
      const res = await get(path, headers);
      assert.equal(res.status, 200, `${path} ${JSON.stringify(headers)}`);
      assert.equal(res.headers.get('last-modified'), modified, path);
    }
    assert.equal((await get(path, { 'if-none-match': etag, 'if-modified-since': 'yesterday' })).status, 304);
  }
});

test('a story retitled without a newer date gives its feed a newer Last-Modified: no stale 304', async (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: T0 + 3_600_000 });
  const first = await get('/feeds/latest.rss');
  const modified = first.headers.get('last-modified')!;
  const builtDate = (xml: string) => /<lastBuildDate>([^<]+)</.exec(xml)?.[1];
  const stated = builtDate(await first.text());
  t.mock.timers.tick(5_000);
  await retitleStory(store, 2, 'Border crossings hit a record');
  const again = await get('/feeds/latest.rss', { 'if-modified-since': modified });
  assert.equal(again.status, 200);
  const text = await again.text();
  assert.match(text, /Border crossings hit a record/);
  // The feed's own newest date did not move, so it could not have told the change.
  assert.equal(builtDate(text), stated);
  assert.equal(again.headers.get('last-modified'), 'Fri, 02 Jan 2026 04:04:10 GMT');
});
