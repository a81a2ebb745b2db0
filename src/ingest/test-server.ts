import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** A fixture HTTP server on 127.0.0.1 that misbehaves like real feed hosts, for tests and benchmarks. */
export interface FixtureServer {
  /** Absolute URL of a path on the server. */
  url(path: string): string;
  readonly port: number;
  /** Every request received, in order. */
  readonly requests: { readonly path: string; readonly headers: IncomingHttpHeaders }[];
  /** Version of the feed at /changing (1 or 2); tests switch it between polls. */
  changingVersion: number;
  /** Most requests to /hold that were in progress at once. */
  readonly maxConcurrentHolds: number;
  close(): Promise<void>;
}

export const FIXTURE_DIR = join(import.meta.dirname, 'testdata');
const LAST_MODIFIED = 'Mon, 03 Jun 2024 14:05:11 GMT';

const TYPES: Readonly<Record<string, string>> = {
  xml: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json',
  html: 'text/html; charset=utf-8',
  opml: 'text/x-opml',
};

/**
 * Starts the fixture server on 127.0.0.1 and a free port. Routes: /feed/NAME (with ETag, Last-Modified and
 * Cache-Control, answering 304 to matching validators), /gzip/NAME, /br/NAME, /no-charset/NAME (no charset in
 * Content-Type), /latin1-header/NAME (a wrong "charset=iso-8859-1"), /html-as-feed, /status/CODE (429 and 503
 * with Retry-After), /redirect/loop, /redirect/chain/N, /redirect/permanent, /redirect/to?location=URL,
 * /slow-headers, /slow-body, /endless, /gzip-bomb, /lying-length, /changing and /hold/ID (answers after a
 * moment, counting how many were held at once).
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let bomb: Buffer | undefined;
  let port = 0;
  let holds = 0;
  let maxHolds = 0;
  const state: FixtureServer = {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    get port() {
      return port;
    },
    get maxConcurrentHolds() {
      return maxHolds;
    },
    requests: [],
    changingVersion: 1,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    state.requests.push({ path: `${url.pathname}${url.search}`, headers: req.headers });
    const [, route = '', ...rest] = url.pathname.split('/');
    const name = rest.join('/');
    switch (route) {
      case 'feed':
        return serveFixture(res, name, req.headers);
      case 'gzip':
        return send(
          res,
          200,
          { 'content-type': typeOf(name), 'content-encoding': 'gzip' },
          gzipSync(fixture(name)),
        );
      case 'br':
        return send(
          res,
          200,
          { 'content-type': typeOf(name), 'content-encoding': 'br' },
          brotliCompressSync(fixture(name)),
        );
      case 'no-charset':
        return send(res, 200, { 'content-type': 'application/xml' }, fixture(name));
      case 'latin1-header':
        return send(res, 200, { 'content-type': 'text/xml; charset=iso-8859-1' }, fixture(name));
      case 'html-as-feed':
        return send(res, 200, { 'content-type': 'application/rss+xml' }, fixture('html-page.html'));
      case 'status':
        return serveStatus(res, Number(name));
      case 'redirect':
        return serveRedirect(res, name, url.searchParams.get('location'));
      case 'slow-headers':
        return; // never answers; the client's header timeout must fire
      case 'slow-body': {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
        const timer = setInterval(() => res.write(' '), 50);
        timers.add(timer);
        return;
      }
      case 'endless': {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (res.write(chunk)) {
            if (res.destroyed) return;
          }
          res.once('drain', pump);
        };
        return pump();
      }
      case 'gzip-bomb':
        // 32 MiB of zeros compress to about 32 KiB: a thousandfold expansion.
        bomb ??= gzipSync(Buffer.alloc(32 * 1024 * 1024), { level: 9 });
        return send(res, 200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }, bomb);
      case 'lying-length':
        res.writeHead(200, {
          'content-type': 'application/rss+xml',
          'content-length': String(50 * 1024 * 1024),
        });
        return res.end();
      case 'hold': {
        holds += 1;
        maxHolds = Math.max(maxHolds, holds);
        const timer = setTimeout(() => {
          holds -= 1;
          serveFixture(res, 'rss091.xml', {});
        }, 50);
        timers.add(timer);
        return;
      }
      case 'changing':
        return serveFixture(res, `changing-v${state.changingVersion}.xml`, req.headers);
      default:
        return send(res, 404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return state;
}

function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURE_DIR, name.replace(/\.\.+/g, '')));
}

function typeOf(name: string): string {
  return TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
  res.writeHead(status, { ...headers, 'content-length': String(body.length) });
  res.end(body);
}

function serveFixture(res: ServerResponse, name: string, headers: IncomingHttpHeaders) {
  let body: Buffer;
  try {
    body = fixture(name);
  } catch {
    return send(res, 404, { 'content-type': 'text/plain' }, Buffer.from('no such fixture'));
  }
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  const validators = { etag, 'last-modified': LAST_MODIFIED, 'cache-control': 'max-age=600' };
  if (
    headers['if-none-match'] === etag ||
    (!headers['if-none-match'] && headers['if-modified-since'] === LAST_MODIFIED)
  ) {
    res.writeHead(304, validators);
    return void res.end();
  }
  send(res, 200, { 'content-type': typeOf(name), ...validators }, body);
}

function serveStatus(res: ServerResponse, status: number): void {
  const headers: Record<string, string> = { 'content-type': 'text/plain' };
  if (status === 429) headers['retry-after'] = '120';
  if (status === 503) headers['retry-after'] = 'Wed, 21 Oct 2099 07:28:00 GMT';
  send(res, status, headers, Buffer.from(`status ${status}`));
}

function serveRedirect(res: ServerResponse, name: string, location: string | null) {
  const to = (status: number, target: string) => {
    res.writeHead(status, { location: target });
    res.end();
  };
  if (name === 'loop') return to(302, '/redirect/loop-back');
  if (name === 'loop-back') return to(302, '/redirect/loop');
  if (name === 'permanent') return to(301, '/feed/wordpress-rss2.xml');
  if (name === 'to' && location) return to(302, location);
  const chain = /^chain\/(\d+)$/.exec(name);
  if (chain) {
    const n = Number(chain[1]);
    return to(307, n > 1 ? `/redirect/chain/${n - 1}` : '/feed/wordpress-rss2.xml');
  }
  send(res, 404, { 'content-type': 'text/plain' }, Buffer.from('no such redirect'));
}
