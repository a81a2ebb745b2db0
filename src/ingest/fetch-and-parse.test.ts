import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createFetcher, type FetchResult } from './create-fetcher.ts';
import { IngestError } from './ingest-error.ts';
import { parseFeed } from './parse/parse-feed.ts';
import { type FixtureServer, startFixtureServer } from './test-server.ts';

// Fetch and parse together over HTTP, as the pipeline will: the quirks of real feeds seen through the wire.
let server: FixtureServer;
const fetcher = createFetcher({ allowPrivateAddresses: true });

before(async () => {
  server = await startFixtureServer();
});
after(async () => {
  await fetcher.close();
  await server.close();
});

async function fetchFeed(path: string, request = {}) {
  const result = await fetcher.fetchUrl(server.url(path), request);
  assert.equal(result.kind, 'ok');
  return {
    result,
    feed: parseFeed(ok(result).body, { url: result.finalUrl, contentType: ok(result).contentType }),
  };
}

function ok(result: FetchResult) {
  assert.equal(result.kind, 'ok');
  return result as Extract<FetchResult, { kind: 'ok' }>;
}

test('a BOM wins over a wrong charset header; a missing charset falls back to windows-1252', async () => {
  const bom = await fetchFeed('/latin1-header/bom-utf8-rss.xml');
  assert.equal(bom.feed.title, 'Zürich Today – Nachrichten');
  const cp1252 = await fetchFeed('/no-charset/windows1252-rss.xml');
  assert.equal(cp1252.feed.items[0]?.title, 'Le café du coin ferme ses portes – “une page se tourne”');
  const rdf = await fetchFeed('/gzip/slashdot-rdf.xml');
  assert.match(rdf.feed.items[1]?.summaryHtml ?? '', /café/);
});

test('entities in titles and relative links come out clean and absolute, duplicates and odd dates kept raw', async () => {
  const { feed } = await fetchFeed('/br/wordpress-rss2.xml');
  assert.equal(feed.items[1]?.title, 'Q&A: What the new school budget means for parents');
  assert.equal(feed.items[1]?.url, 'https://ledger.example.com/2024/06/02/school-budget-qa/');
  assert.deepEqual(
    feed.items.map((i) => i.published),
    [
      'Mon, 03 Jun 2024 13:45:00 +0000',
      'Sun, 02 Jun 2024 09:30:00 EDT',
      undefined,
      'Sat, 01 Jun 2024 07:00:00 +0000',
      'Fri, 31 Dec 2094 18:00:00 +0000',
      '30/05/2024 16:20',
    ],
  );
  assert.equal(feed.items[2]?.guid, feed.items[3]?.guid);
});

test('hostile XML over the wire: billion laughs parses unexpanded, XXE and an HTML page are parse errors', async () => {
  const laughs = await fetchFeed('/feed/billion-laughs.xml');
  assert.equal(laughs.feed.items[0]?.title, 'Item &lol9;');
  for (const path of ['/feed/xxe.xml', '/html-as-feed']) {
    const result = ok(await fetcher.fetchUrl(server.url(path)));
    assert.throws(
      () => parseFeed(result.body, { url: result.finalUrl, contentType: result.contentType }),
      (e) => e instanceof IngestError && e.kind === 'parse',
    );
  }
});

test('a feed that changes between polls: 304 while unchanged, then the new version', async () => {
  server.changingVersion = 1;
  const first = await fetchFeed('/changing');
  assert.deepEqual(
    first.feed.items.map((i) => i.guid),
    ['a1', 'b2'],
  );
  assert.equal(first.feed.ttlMinutes, 30);
  const validators = { etag: first.result.etag, lastModified: first.result.lastModified };
  assert.equal((await fetcher.fetchUrl(server.url('/changing'), validators)).kind, 'not-modified');
  server.changingVersion = 2;
  const second = await fetchFeed('/changing', validators);
  assert.deepEqual(
    second.feed.items.map((i) => [i.guid, i.title]),
    [
      ['c3', 'Heat warning issued'],
      ['a1', 'Mayor announces budget plan, cuts parks'],
      ['b2', 'Transit strike ends'],
    ],
  );
  assert.notEqual(second.result.etag, first.result.etag);
});
