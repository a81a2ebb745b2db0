import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createFetcher, type Fetcher, type FetcherOptions } from './create-fetcher.ts';
import { IngestError } from './ingest-error.ts';
import { type FixtureServer, startFixtureServer } from './test-server.ts';

let server: FixtureServer;
const fetchers: Fetcher[] = [];
const NOW = new Date('2024-06-04T12:00:00Z');

function fetcher(options: FetcherOptions = {}): Fetcher {
  const f = createFetcher({ allowPrivateAddresses: true, now: () => NOW, ...options });
  fetchers.push(f);
  return f;
}

async function failure(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof IngestError, `expected an IngestError, got ${String(error)}`);
    assert.match(error.message, /^ingest: /);
    return error;
  }
  assert.fail('expected the fetch to fail');
}

before(async () => {
  server = await startFixtureServer();
});
after(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await server.close();
});

describe('createFetcher: polite conditional GET', () => {
  test('fetches a feed with a User-Agent naming Parallax and returns the validators', async () => {
    const result = await fetcher().fetchUrl(server.url('/feed/wordpress-rss2.xml'));
    assert.equal(result.kind, 'ok');
    assert.equal(result.status, 200);
    assert.match(result.kind === 'ok' ? new TextDecoder().decode(result.body) : '', /Riverside Ledger/);
    assert.equal(result.lastModified, 'Mon, 03 Jun 2024 14:05:11 GMT');
    assert.match(result.etag ?? '', /^"[0-9a-f]{16}"$/);
    assert.equal(result.maxAgeSeconds, 600);
    const sent = server.requests.at(-1)?.headers;
    assert.match(String(sent?.['user-agent']), /^Parallax\//);
    assert.match(String(sent?.accept), /application\/rss\+xml/);
  });

  test('answers not-modified when the ETag or Last-Modified still matches', async () => {
    const f = fetcher();
    const first = await f.fetchUrl(server.url('/feed/blogger-atom.xml'));
    const byEtag = await f.fetchUrl(server.url('/feed/blogger-atom.xml'), { etag: first.etag });
    assert.equal(byEtag.kind, 'not-modified');
    assert.equal(server.requests.at(-1)?.headers['if-none-match'], first.etag);
    const byDate = await f.fetchUrl(server.url('/feed/blogger-atom.xml'), {
      lastModified: first.lastModified,
    });
    assert.equal(byDate.kind, 'not-modified');
    const stale = await f.fetchUrl(server.url('/feed/blogger-atom.xml'), { etag: '"old"' });
    assert.equal(stale.kind, 'ok');
  });

  test('decompresses gzip and brotli bodies', async () => {
    const f = fetcher();
    for (const path of ['/gzip/json-feed-1.1.json', '/br/json-feed-1.1.json']) {
      const result = await f.fetchUrl(server.url(path));
      assert.equal(result.kind, 'ok');
      if (result.kind === 'ok') assert.match(new TextDecoder().decode(result.body), /"Field Notes"/);
    }
  });

  test('a 429 carries its Retry-After; a 503 its HTTP-date; a 404 its status', async () => {
    const f = fetcher();
    const tooMany = await failure(f.fetchUrl(server.url('/status/429')));
    assert.equal(tooMany.kind, 'http');
    assert.equal(tooMany.status, 429);
    assert.equal(tooMany.retryAfter?.toISOString(), '2024-06-04T12:02:00.000Z');
    const unavailable = await failure(f.fetchUrl(server.url('/status/503')));
    // The fixture's HTTP-date is in 2099: taken at most a week away (MAX_RETRY_AFTER_MS).
    assert.equal(unavailable.retryAfter?.toISOString(), '2024-06-11T12:00:00.000Z');
    const missing = await failure(f.fetchUrl(server.url('/status/404')));
    assert.deepEqual(
      [missing.kind, missing.status, missing.message],
      ['http', 404, 'ingest: HTTP 404 Not Found'],
    );
  });
});

describe('createFetcher: redirects', () => {
  test('follows up to 5 redirects and refuses the 6th', async () => {
    const f = fetcher();
    const five = await f.fetchUrl(server.url('/redirect/chain/5'));
    assert.equal(five.finalUrl, server.url('/feed/wordpress-rss2.xml'));
    assert.equal(five.permanentRedirect, false);
    const six = await failure(f.fetchUrl(server.url('/redirect/chain/6')));
    assert.equal(six.kind, 'http');
    assert.match(six.message, /more than 5 redirects/);
  });

  test('detects a redirect loop', async () => {
    const loop = await failure(fetcher().fetchUrl(server.url('/redirect/loop')));
    assert.equal(loop.kind, 'http');
    assert.match(loop.message, /redirect loop/);
  });

  test('reports a permanent move', async () => {
    const moved = await fetcher().fetchUrl(server.url('/redirect/permanent'));
    assert.equal(moved.permanentRedirect, true);
    assert.equal(moved.url, server.url('/redirect/permanent'));
    assert.equal(moved.finalUrl, server.url('/feed/wordpress-rss2.xml'));
  });
});

describe('createFetcher: limits', () => {
  test('times out on a server that never sends headers', async () => {
    const error = await failure(fetcher({ headersTimeoutMs: 200 }).fetchUrl(server.url('/slow-headers')));
    assert.equal(error.kind, 'timeout');
  });

  test('stops a body that trickles in forever at the overall deadline', async () => {
    const error = await failure(fetcher({ timeoutMs: 400 }).fetchUrl(server.url('/slow-body')));
    assert.equal(error.kind, 'timeout');
  });

  test('cuts an endless body at the cap', async () => {
    const error = await failure(fetcher({ maxBodyBytes: 1024 * 1024 }).fetchUrl(server.url('/endless')));
    assert.equal(error.kind, 'limit');
    assert.equal(error.message, 'ingest: body exceeds 1 MiB (as received)');
  });

  test('stops a gzip bomb after decompressing just past the cap', async () => {
    const error = await failure(fetcher().fetchUrl(server.url('/gzip-bomb')));
    assert.equal(error.kind, 'limit');
    assert.equal(error.message, 'ingest: body exceeds 5 MiB (decompressed)');
  });

  test('refuses a Content-Length over the cap before reading', async () => {
    const error = await failure(fetcher().fetchUrl(server.url('/lying-length')));
    assert.equal(error.kind, 'limit');
    assert.match(error.message, /Content-Length/);
  });

  test('starts the deadline when the request goes out, not while it waits for a slot of its host', async () => {
    const f = fetcher({ perHostConcurrency: 1, timeoutMs: 600 });
    const [hung, queued] = await Promise.allSettled([
      f.fetchUrl(server.url('/slow-body')),
      f.fetchUrl(server.url('/feed/rss091.xml')),
    ]);
    assert.equal(hung.status, 'rejected');
    assert.equal(queued.status, 'fulfilled');
    assert.equal(queued.status === 'fulfilled' && queued.value.kind, 'ok');
  });

  test('keeps to the per-host concurrency limit', async () => {
    const f = fetcher({ perHostConcurrency: 2 });
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => f.fetchUrl(server.url(`/hold/${n}`))));
    assert.equal(server.maxConcurrentHolds, 2);
  });
});

describe('createFetcher: address policy', () => {
  // Simulated DNS: public-looking names that really point at the fixture server or at private ranges.
  const names: Record<string, string> = {
    'feeds.public.test': '127.0.0.1',
    'internal.test': '10.0.0.5',
    'metadata.test': '169.254.169.254',
  };
  const lookup = ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    const address = names[hostname];
    if (!address)
      return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    const found: LookupAddress = { address, family: 4 };
    return options.all ? callback(null, [found]) : callback(null, address, 4);
  }) as unknown as LookupFunction;
  // Only the fixture server's address is allowed, as an intranet allow-list would.
  const guarded = () => fetcher({ allowPrivateAddresses: false, allowAddresses: ['127.0.0.1'], lookup });

  test('refuses loopback, private and link-local addresses unless allowed', async () => {
    const f = fetcher({ allowPrivateAddresses: false });
    for (const url of [
      server.url('/feed/rss091.xml'),
      'http://[::1]/feed',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:127.0.0.1]/',
      'http://10.1.2.3/',
      'http://2130706433/', // 127.0.0.1 written as one number, which URL parsing normalizes
      'http://0x7f.1/',
      'http://127.1/',
    ]) {
      const error = await failure(f.fetchUrl(url));
      assert.equal(error.kind, 'blocked', url);
      assert.match(error.message, /not a public address/);
    }
    assert.equal(
      (await failure(f.fetchUrl(`http://localhost:${server.port}/feed/rss091.xml`))).kind,
      'blocked',
    );
  });

  test('checks the resolved address, so a public-looking name for a private address is refused', async () => {
    const error = await failure(guarded().fetchUrl(`http://internal.test:${server.port}/feed/rss091.xml`));
    assert.equal(error.kind, 'blocked');
    assert.match(error.message, /internal\.test \(10\.0\.0\.5\)/);
  });

  test('checks every redirect hop again', async () => {
    const f = guarded();
    const allowed = await f.fetchUrl(`http://feeds.public.test:${server.port}/redirect/permanent`);
    assert.equal(allowed.kind, 'ok');
    for (const target of [
      `http://internal.test:${server.port}/feed/rss091.xml`,
      'http://metadata.test/latest/meta-data/',
      'http://169.254.169.254/latest/meta-data/',
      'file:///etc/passwd',
    ]) {
      const start = `http://feeds.public.test:${server.port}/redirect/to?location=${encodeURIComponent(target)}`;
      const error = await failure(f.fetchUrl(start));
      assert.equal(error.kind, 'blocked', target);
    }
  });

  test('refuses schemes other than http and https, and names a DNS failure', async () => {
    const f = guarded();
    assert.equal((await failure(f.fetchUrl('ftp://feeds.public.test/feed.xml'))).kind, 'blocked');
    assert.equal((await failure(f.fetchUrl('not a url'))).kind, 'blocked');
    const dns = await failure(f.fetchUrl('http://nowhere.test/feed'));
    assert.deepEqual([dns.kind, dns.message], ['network', 'ingest: host not found']);
  });
});
