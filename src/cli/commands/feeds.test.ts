import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseOpml } from '../../ingest/index.ts';
import { type FixtureServer, startFixtureServer } from '../../ingest/test-server.ts';
import { type FeedFarm, startFeedFarm } from '../../pipeline/feed-farm.ts';
import { runCli } from './cli-test-kit.ts';

// The feeds command group, run in this process against one SQLite file and servers on 127.0.0.1.
const dir = mkdtempSync(join(tmpdir(), 'parallax-feeds-'));
let server: FixtureServer;
let farm: FeedFarm;

before(async () => {
  server = await startFixtureServer();
  farm = await startFeedFarm({ feeds: 4, itemsPerFeed: 3 });
  process.env.PARALLAX_DB = join(dir, 'feeds.db');
  process.env.PARALLAX_ALLOW_PRIVATE_ADDRESSES = '1';
});
after(async () => {
  await server.close();
  await farm.close();
});

interface ListedFeed {
  id: number;
  url: string;
  outlet: string | null;
  title: string | null;
  health: string;
  error_count: number;
  last_error: { kind: string; message: string } | null;
  next_check_at: string | null;
}

async function listFeeds(): Promise<ListedFeed[]> {
  const { code, out } = await runCli(['feeds', 'list', '--json']);
  assert.equal(code, 0);
  return JSON.parse(out) as ListedFeed[];
}

async function removeAll(): Promise<void> {
  for (const feed of await listFeeds())
    assert.equal((await runCli(['feeds', 'remove', String(feed.id)])).code, 0);
}

test('feeds add: fetched once, mapped to its outlet; a home page subscribes the feed it announces', async () => {
  const home = farm.feedUrls[0]!.replace(/feeds\/0\.xml$/, '');
  const found = await runCli(['feeds', 'add', home]);
  assert.equal(found.code, 0, found.err);
  assert.match(found.out, new RegExp(`found ${farm.feedUrls[0]} on ${home}`));
  assert.match(found.out, /added feed \d+ .*\n {2}"Farm Gazette 0" \(rss, 3 items\)/);

  const given = await runCli(['feeds', 'add', farm.feedUrls[1]!, '--outlet', 'bbc.com']);
  assert.equal(given.code, 0, given.err);
  assert.match(given.out, /outlet: BBC.* \(bbc\.com\)/);
  assert.match((await runCli(['feeds', 'add', farm.feedUrls[1]!])).out, /^already subscribed: feed /);
  const respelled = `${farm.feedUrls[1]!.replace(/^http:/, 'HTTP:')}#top`;
  assert.match((await runCli(['feeds', 'add', respelled])).out, /^already subscribed: feed /);

  const feeds = await listFeeds();
  assert.deepEqual(
    feeds.map((f) => [f.url, f.outlet, f.health]),
    [
      [farm.feedUrls[0], null, 'new'],
      [farm.feedUrls[1], 'bbc.com', 'new'],
    ],
  );
  await removeAll();
});

test('feeds add: mistakes exit 2, feeds that cannot be read exit 1, and nothing is stored', async () => {
  for (const args of [
    ['feeds', 'add', 'not a url'],
    ['feeds', 'add', 'ftp://example.org/feed.xml'],
    ['feeds', 'add', farm.feedUrls[2]!, '--outlet', 'no-such-outlet.invalid'],
    ['feeds', 'remove', '12345'],
    ['feeds', 'remove', 'https://nowhere.example/feed'],
    ['feeds', 'import-opml', join(dir, 'missing.opml')],
    ['feeds', 'add-defaults', '--set', 'everything'],
  ]) {
    const run = await runCli(args);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.err}`);
    assert.match(run.err, /^parallax: \S/);
  }
  const gone = await runCli(['feeds', 'add', server.url('/status/404')]);
  assert.equal(gone.code, 1);
  assert.match(gone.err, /cannot subscribe to .*: http: ingest: HTTP 404/);
  const xxe = await runCli(['feeds', 'add', server.url('/feed/xxe.xml')]);
  assert.match(xxe.err, /parse: ingest: malformed RSS feed/);
  assert.deepEqual(await listFeeds(), []);
});

test('OPML import is idempotent and export then import gives back the same feeds', async () => {
  const opml = join(dir, 'mine.opml');
  const outlines = farm.feedUrls
    .map((url, i) => `<outline type="rss" text="Gazette ${i}" title="Gazette ${i}" xmlUrl="${url}"/>`)
    .join('');
  writeFileSync(
    opml,
    `<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>` +
      `<outline text="Local">${outlines}</outline></body></opml>`,
  );
  assert.match((await runCli(['feeds', 'import-opml', opml])).out, /4 feeds, 4 new, 0 already subscribed/);
  assert.match((await runCli(['feeds', 'import-opml', opml])).out, /4 feeds, 0 new, 4 already subscribed/);
  const exported = join(dir, 'exported.opml');
  assert.match((await runCli(['feeds', 'export-opml', '--output', exported])).out, /wrote 4 feeds/);
  const listed = parseOpml(readFileSync(exported));
  assert.deepEqual(
    listed.map((f) => [f.url, f.title]),
    farm.feedUrls.map((url, i) => [url, `Gazette ${i}`]),
  );
  const before = await listFeeds();
  await removeAll();
  assert.match((await runCli(['feeds', 'import-opml', exported])).out, /4 feeds, 4 new/);
  const after = await listFeeds();
  assert.deepEqual(
    after.map((f) => [f.url, f.title, f.outlet]),
    before.map((f) => [f.url, f.title, f.outlet]),
  );
  const stdout = await runCli(['feeds', 'export-opml']);
  assert.deepEqual(parseOpml(stdout.out), listed);
  await removeAll();
});

test('feeds add-defaults subscribes the shipped core set once, each feed with its curated outlet', async () => {
  const sources = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../data/sources/sources.json'), 'utf8'),
  ).feeds as { url: string; outlet: string; set: string }[];
  const core = sources.filter((s) => s.set === 'core');
  const first = await runCli(['feeds', 'add-defaults']);
  assert.equal(first.code, 0, first.err);
  assert.equal(
    first.out,
    `default sources (core): ${core.length} feeds, ${core.length} new, 0 already subscribed\n`,
  );
  assert.match((await runCli(['feeds', 'add-defaults'])).out, new RegExp(`0 new, ${core.length} already`));
  const feeds = await listFeeds();
  const outletOf = new Map(feeds.map((f) => [f.url, f.outlet]));
  assert.ok(core.every((s) => outletOf.get(s.url) === s.outlet));
  // A feed-only host: the registry alone would not know it is the BBC's.
  assert.equal(outletOf.get('http://feeds.bbci.co.uk/news/world/asia/rss.xml'), 'bbc.com');
});

test('feeds refresh checks every id before polling any, and exits 1 when a poll failed', async () => {
  let requests = 0;
  const { createServer } = await import('node:http');
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Flaky</title><link>http://127.0.0.1/</link>
<item><title>Senate passes the bill</title><link>http://127.0.0.1/a</link><pubDate>Tue, 20 Jul 2021 10:00:00 GMT</pubDate></item>
</channel></rss>`;
  const flaky = createServer((_req, res) => {
    requests += 1;
    if (requests === 1) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
    else res.writeHead(500, { 'content-type': 'text/plain' }).end('down');
  });
  await new Promise<void>((done) => flaky.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(flaky.address() as { port: number }).port}/feed.xml`;
  try {
    assert.equal((await runCli(['feeds', 'add', url])).code, 0);
    const [feed] = await listFeeds();
    const typo = await runCli(['feeds', 'refresh', String(feed!.id), '999999']);
    assert.equal(typo.code, 2);
    assert.match(typo.err, /no feed 999999/);
    assert.equal(requests, 1, 'a mistyped id polls none');
    const failed = await runCli(['feeds', 'refresh', String(feed!.id)]);
    assert.equal(failed.code, 1);
    assert.match(failed.out, new RegExp(`feed ${feed!.id} failed`));
    assert.match(failed.err, /feeds: 1 of 1 polls failed/);
  } finally {
    flaky.close();
    await removeAll();
  }
});

test('export-opml with no feeds writes an OPML document with an empty body', async () => {
  await removeAll();
  const stdout = await runCli(['feeds', 'export-opml']);
  assert.equal(stdout.code, 0, stdout.err);
  assert.match(stdout.out, /<body\/>/);
  assert.deepEqual(parseOpml(stdout.out), []);
  const exported = join(dir, 'empty.opml');
  assert.match((await runCli(['feeds', 'export-opml', '--output', exported])).out, /wrote 0 feeds/);
  assert.match((await runCli(['feeds', 'import-opml', exported])).out, /0 feeds, 0 new/);
});
