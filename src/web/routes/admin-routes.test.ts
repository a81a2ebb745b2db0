import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixedClock, silentLogger } from '../../domain/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { createApp } from '../app.tsx';

const NOW = '2024-06-04T12:00:00.000Z';
const outlets = {
  get: (id: string) =>
    id === 'bbc.com' ? { id, name: 'BBC News', domains: ['bbc.com'], flags: [] } : undefined,
  match: () => undefined,
  all: () => [],
};

/** The app over `store`, uncached, at NOW. */
function appOver(store: Store) {
  return createApp({
    store,
    outlets,
    clock: fixedClock(NOW),
    logger: silentLogger,
    options: { frontPageDays: 3, cache: false },
  });
}

test('/admin/feeds lists every feed, failing first, with its error, errors in a row and next check', async () => {
  const store = await openStore({ sqlitePath: ':memory:' });
  const ok = await store.feeds.add(
    { url: 'https://feeds.bbci.co.uk/news/rss.xml', outletId: 'bbc.com' },
    NOW,
  );
  await store.feeds.saveSuccess(ok.id, {
    checkedAt: NOW,
    nextCheckAt: '2024-06-04T12:15:00.000Z',
    title: 'BBC News',
  });
  const failing = await store.feeds.add({ url: 'https://broken.example/feed', outletId: null }, NOW);
  for (let i = 0; i < 2; i += 1) {
    await store.feeds.saveFailure(
      failing.id,
      { kind: 'parse', message: 'ingest: not a feed (starts with "<script>alert(1)</script>")' },
      { checkedAt: '2024-06-04T11:00:00.000Z', nextCheckAt: '2024-06-04T13:00:00.000Z' },
    );
  }
  await store.feeds.add({ url: 'https://new.example/rss', outletId: null }, NOW);
  const app = appOver(store);

  const res = await app.request('/admin/feeds');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const html = await res.text();
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.match(html, /3 feeds: 1 failing,\s*1 not polled yet/);
  assert.match(html, /<caption class="visually-hidden">Subscribed feeds, failing ones first<\/caption>/);
  const rows = html.split('<tr>').slice(2);
  assert.match(
    rows[0] ?? '',
    /broken\.example.*Failing: 2 errors in a row.*1 h ago.*in 1 h.*<strong>parse<\/strong>: ingest: not a feed/s,
  );
  assert.match(rows[1] ?? '', /BBC News.*href="\/sources\/bbc\.com".*OK.*in 15 min/s);
  assert.match(rows[2] ?? '', /new\.example.*matched per article.*New/s);
  assert.ok(!html.includes('<script>alert(1)'), 'error messages are escaped');
  await store.close();
});

test('/admin/feeds shows no credential of a feed URL, in its address or in its error', async () => {
  const store = await openStore({ sqlitePath: ':memory:' });
  const secret = await store.feeds.add(
    { url: 'https://partner.example/rss?api_key=SECRET123&section=world', outletId: null },
    NOW,
  );
  await store.feeds.saveFailure(
    secret.id,
    {
      kind: 'http',
      message: 'ingest: https://partner.example/rss?api_key=SECRET123&section=world answered 401',
    },
    { checkedAt: NOW, nextCheckAt: '2024-06-04T13:00:00.000Z' },
  );
  await store.feeds.add({ url: 'https://reader:hunter2@private.example/feed.xml', outletId: null }, NOW);
  const app = appOver(store);
  const html = await (await app.request('/admin/feeds')).text();
  for (const leak of ['SECRET123', 'hunter2', 'reader:']) assert.ok(!html.includes(leak), leak);
  assert.match(html, /partner\.example\/rss\?api_key=…&amp;section=world/);
  assert.match(html, /https:\/\/private\.example\/feed\.xml/);
  await store.close();
});
