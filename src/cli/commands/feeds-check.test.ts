import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { createFetcher } from '../../ingest/index.ts';
import { type FixtureServer, startFixtureServer } from '../../ingest/test-server.ts';
import { runCli } from './cli-test-kit.ts';
import { checkInput } from './feeds-check.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'src/ingest/testdata');
let server: FixtureServer;

before(async () => {
  server = await startFixtureServer();
});
after(() => server.close());

test('feeds check --json prints one line per input, parses or explains each, stores nothing, exits 0', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'parallax-check-')), 'untouched.db');
  const inputs = [
    server.url('/gzip/wordpress-rss2.xml'),
    join(FIXTURES, 'slashdot-rdf.xml'),
    server.url('/redirect/permanent'),
    server.url('/html-as-feed'),
    server.url('/status/429'),
    server.url('/gzip-bomb'),
    join(FIXTURES, 'xxe.xml'),
    join(FIXTURES, 'no-such-file.xml'),
    'ftp://example.org/feed',
  ];
  process.env.PARALLAX_ALLOW_PRIVATE_ADDRESSES = '1';
  process.env.PARALLAX_DB = db;
  const { code, out } = await runCli(['feeds', 'check', '--json', ...inputs]);
  assert.equal(code, 0);
  const lines = out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    lines.map((l) => l.input),
    inputs,
  );
  assert.deepEqual(lines[0], {
    input: inputs[0],
    ok: true,
    format: 'rss',
    title: 'The Riverside Ledger – Local news, politics & more',
    items: 6,
    first: {
      title: 'Council approves $4.2 million bridge repair after “years of delay”',
      url: 'https://ledger.example.com/2024/06/03/council-approves-bridge-repair/',
      published: '2024-06-03T13:45:00.000Z',
    },
  });
  assert.deepEqual([lines[1].ok, lines[1].format, lines[1].items], [true, 'rdf', 2]);
  assert.equal(lines[2].ok, true);
  const errors = lines.slice(3).map((l) => [l.ok, l.error.kind]);
  assert.deepEqual(errors, [
    [false, 'parse'],
    [false, 'http'],
    [false, 'limit'],
    [false, 'parse'],
    [false, 'io'],
    [false, 'blocked'],
  ]);
  assert.match(lines[3].error.message, /an HTML page, not a feed; it links to 2 feeds/);
  assert.match(lines[4].error.message, /HTTP 429 Too Many Requests \(retry after /);
  assert.equal(existsSync(db), false);
});

test('feeds check refuses the loopback address unless allowed', async () => {
  const fetcher = createFetcher({ allowPrivateAddresses: false });
  const result = await checkInput(server.url('/feed/rss091.xml'), fetcher);
  await fetcher.close();
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.error.message, /^ingest: 127\.0\.0\.1 is not a public address/);
});

test('feeds check without inputs is a usage error (exit 2)', async () => {
  const usage = await runCli(['feeds', 'check']);
  assert.equal(usage.code, 2);
  assert.match(usage.err, /missing required argument/);
});
