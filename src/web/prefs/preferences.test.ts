import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../../store/index.ts';
import { safeReturn } from '../routes/settings-routes.tsx';
import { buildFixtureApp, DIRECTORY } from '../testdata/web-fixture.ts';
import { createOutletFilter, SHOW_ALL } from './outlet-filter.ts';
import { MAX_HIDDEN, PREFERENCES_COOKIE, parsePreferences, serializePreferences } from './preferences.ts';

let app: Hono;
let store: Store;
before(async () => {
  ({ app, store } = await buildFixtureApp());
});
after(() => store.close());

const cookie = (value: string) => ({
  headers: { cookie: `${PREFERENCES_COOKIE}=${encodeURIComponent(value)}` },
});
const page = async (path: string, prefs: string) => (await app.request(path, cookie(prefs))).text();

test('preferences round-trip through the cookie value, and junk is dropped', () => {
  const prefs = parsePreferences('h=right.example,left.example,Bad Id,left.example&f=high&u=1');
  assert.deepEqual(prefs, {
    hidden: ['left.example', 'right.example'],
    minFactuality: 'high',
    hideUnratedFactuality: true,
  });
  assert.equal(serializePreferences(prefs), 'h=left.example%2Cright.example&f=high&u=1');
  assert.deepEqual(parsePreferences(serializePreferences(prefs)), prefs);
  assert.deepEqual(parsePreferences('f=excellent&u=1'), {
    hidden: [],
    minFactuality: undefined,
    hideUnratedFactuality: false,
  });
  assert.deepEqual(parsePreferences(undefined).hidden, []);
  assert.equal(
    parsePreferences(`h=${Array.from({ length: 500 }, (_, i) => `o${i}.example`).join(',')}`).hidden.length,
    MAX_HIDDEN,
  );
});

test('the outlet filter hides chosen outlets and those below the minimum factuality', () => {
  assert.equal(createOutletFilter(parsePreferences(''), DIRECTORY), SHOW_ALL);
  const filter = createOutletFilter(parsePreferences('h=left.example&f=mostly-factual'), DIRECTORY);
  assert.deepEqual(
    ['left.example', 'center.example', 'right.example', 'lowfact.example', 'blog.example', null].map(filter),
    [false, true, false, false, true, true],
  );
  const strict = createOutletFilter(parsePreferences('f=high&u=1'), DIRECTORY);
  assert.deepEqual(['center.example', 'blog.example', null].map(strict), [true, false, false]);
});

test('saving the settings form sets the cookie and redirects; reset clears it', async () => {
  const form = new URLSearchParams([
    ['min_factuality', 'high'],
    ['hide', 'right.example'],
    ['hide', 'lowfact.example'],
    ['action', 'save'],
  ]);
  const res = await app.request('/settings', {
    method: 'POST',
    body: form,
    headers: { origin: 'http://localhost' },
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/settings?saved=1');
  const setCookie = res.headers.get('set-cookie')!;
  assert.match(
    setCookie,
    new RegExp(`^${PREFERENCES_COOKIE}=h%3Dlowfact\\.example%252Cright\\.example%26f%3Dhigh;`),
  );
  assert.match(setCookie, /HttpOnly/);
  assert.match(setCookie, /SameSite=Lax/);
  assert.doesNotMatch(setCookie, /Secure/, 'plain http');
  const proxied = await app.request('/settings', {
    method: 'POST',
    body: form,
    headers: { origin: 'https://localhost', 'sec-fetch-site': 'same-origin', 'x-forwarded-proto': 'https' },
  });
  assert.match(proxied.headers.get('set-cookie')!, /; Secure/, 'https as the proxy in front says');
  const reset = await app.request('/settings', {
    method: 'POST',
    body: new URLSearchParams({ action: 'reset' }),
  });
  assert.match(reset.headers.get('set-cookie')!, /Max-Age=0/);
  const saved = await page('/settings?saved=1', 'h=right.example');
  assert.match(saved, /Saved\./);
  assert.match(saved, /value="right\.example" checked/);
});

test('a cross-site form cannot change preferences', async () => {
  const body = new URLSearchParams({ outlet: 'left.example', action: 'hide', return: '/' });
  const cross = await app.request('/settings/outlet', {
    method: 'POST',
    body,
    headers: { origin: 'https://evil.example' },
  });
  assert.equal(cross.status, 403);
  const fetchSite = await app.request('/settings', {
    method: 'POST',
    body,
    headers: { 'sec-fetch-site': 'cross-site' },
  });
  assert.equal(fetchSite.status, 403);
});

test('hiding one outlet from its page keeps the others and returns to the page', async () => {
  const body = new URLSearchParams({
    outlet: 'left.example',
    action: 'hide',
    return: '/sources/left.example',
  });
  const res = await app.request('/settings/outlet', {
    method: 'POST',
    body,
    headers: { cookie: `${PREFERENCES_COOKIE}=${encodeURIComponent('h=right.example')}` },
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/sources/left.example');
  assert.match(res.headers.get('set-cookie')!, /h%3Dleft\.example%252Cright\.example/);
  const bad = await app.request('/settings/outlet', {
    method: 'POST',
    body: new URLSearchParams({ outlet: 'Not An Id' }),
  });
  assert.equal(bad.status, 400);
  assert.equal(safeReturn('//evil.example/'), '/settings?saved=1');
  assert.equal(safeReturn('https://evil.example/'), '/settings?saved=1');
  assert.equal(safeReturn('/stories/1?side=left'), '/stories/1?side=left');
});

test('preferences apply to the story page: hidden articles are not listed and coverage is recounted', async () => {
  const html = await page('/stories/1', 'h=lowfact.example');
  assert.ok(!html.includes('Senate rams through trillion-dollar boondoggle</a></h3>'));
  assert.match(html, /1 article from outlets your preferences hide is not listed\./);
  assert.match(html, /Left 33%, Center 33%, Right 33% of 3 rated outlets; 1 unrated/);
  assert.match(html, /With every outlet: Left 1 · Center 1 · Right 2 · unrated 1\./);
  assert.match(html, />5 Articles</, 'the heading still counts every article of the story');
  assert.match(html, /Your preferences apply: 1 hidden outlet/);
});

test('preferences apply to lists, blindspots and search', async () => {
  const front = await page('/', 'f=mostly-factual');
  assert.match(front, /Left 50%, Center 50%, Right 0% of 2 rated outlets; 1 unrated/);
  assert.ok(
    !front.includes('Border crossings hit a new high'),
    'a story whose every outlet is hidden leaves the list',
  );
  const blind = await page('/blindspots', 'f=mostly-factual');
  assert.match(blind, /No blindspots here\./);
  assert.match(blind, /1 story on this page is no longer a blindspot/);
  const search = await page('/search?q=senate&type=articles', 'h=center.example,left.example');
  assert.ok(!search.includes('Center Wire'));
  assert.ok(!search.includes('Left Daily'));
  assert.match(search, /Right Times/);
  const pagesDiffer =
    (await app.request('/')).headers.get('etag') !==
    (await app.request('/', cookie('h=left.example'))).headers.get('etag');
  assert.ok(pagesDiffer, 'the ETag of a page depends on the preferences');
  assert.equal((await app.request('/')).headers.get('vary'), 'Cookie');
});
