import { createServer, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Options of a feed farm. */
export interface FeedFarmOptions {
  readonly feeds: number;
  readonly itemsPerFeed: number;
  /** Each feed body is sent in ten chunks spread over this many milliseconds (0: at once). */
  readonly slowBodyMs?: number;
  /** Items carry only a title and a link, so their pages must be fetched for any text. */
  readonly titleOnly?: boolean;
  /**
   * Pages carry the site's template, as many do: the site's own description as every page's summary, and a
   * newsletter pitch opening every article.
   */
  readonly pageTemplate?: boolean;
}

/** Many generated WordPress-shaped feeds and their article pages on 127.0.0.1, for tests and measurements. */
export interface FeedFarm {
  /** The URL of every feed, in order. */
  readonly feedUrls: readonly string[];
  /** The canonical URL of every article the feeds link to (each exactly once). */
  readonly articleUrls: readonly string[];
  /** Milliseconds over which each feed body is sent from now on (0: at once). */
  slowBodyMs: number;
  /** Requests answered so far, by route ("feed" or "article"). */
  readonly served: { feed: number; article: number };
  close(): Promise<void>;
}

const DAY = Date.UTC(2024, 5, 1, 6);

/**
 * Starts a farm of `feeds` RSS 2.0 feeds of `itemsPerFeed` items each, shaped like WordPress output: tracking
 * parameters on links (canonicalized away), CDATA bodies, dc:creator, every fifth item without a date. Routes:
 * /feeds/F.xml, /articles/F/I (an article page with a canonical link and a few paragraphs), and / (a home page
 * announcing the first feeds, for autodiscovery).
 */
export async function startFeedFarm(options: FeedFarmOptions): Promise<FeedFarm> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const served = { feed: 0, article: 0 };
  let slowBodyMs = options.slowBodyMs ?? 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://farm').pathname;
    const feed = /^\/feeds\/(\d+)\.xml$/.exec(path);
    if (feed) {
      served.feed += 1;
      return sendSlowly(res, renderFeed(origin, Number(feed[1]), options), slowBodyMs, timers);
    }
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const links = Array.from(
        { length: Math.min(options.feeds, 3) },
        (_, f) =>
          `<link rel="alternate" type="application/rss+xml" title="Gazette ${f}" href="/feeds/${f}.xml">`,
      ).join('');
      return void res.end(
        `<!DOCTYPE html><html><head><title>Farm</title>${links}</head><body>Home</body></html>`,
      );
    }
    const article = /^\/articles\/(\d+)\/(\d+)$/.exec(path);
    if (article) {
      served.article += 1;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(renderPage(origin, Number(article[1]), Number(article[2]), options));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    feedUrls: range(options.feeds).map((f) => `${origin}/feeds/${f}.xml`),
    articleUrls: range(options.feeds).flatMap((f) =>
      range(options.itemsPerFeed).map((i) => `${origin}/articles/${f}/${i}`),
    ),
    served,
    get slowBodyMs() {
      return slowBodyMs;
    },
    set slowBodyMs(ms: number) {
      slowBodyMs = ms;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function renderFeed(origin: string, f: number, options: FeedFarmOptions): string {
  const items = Array.from({ length: options.itemsPerFeed }, (_, i) => {
    const link = `${origin}/articles/${f}/${i}?utm_source=rss&amp;utm_medium=rss`;
    const date =
      i % 5 === 4 ? '' : `<pubDate>${new Date(DAY - (f * 97 + i) * 60_000).toUTCString()}</pubDate>`;
    const body = options.titleOnly
      ? ''
      : `<dc:creator><![CDATA[Reporter ${(f + i) % 40}]]></dc:creator>` +
        `<description><![CDATA[<p>${lead(f, i)}</p>]]></description>`;
    return (
      `<item><title>${title(f, i)}</title><link>${link}</link>` +
      `<guid isPermaLink="false">${origin}/?p=${f * 100_000 + i}</guid>${date}${body}</item>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<channel><title>Farm Gazette ${f}</title><link>${origin}/</link><language>en-US</language>` +
    `${items.join('\n')}</channel></rss>`
  );
}

/** The site description a farm page serves as its summary with `pageTemplate`. */
export const FARM_SITE_DESCRIPTION =
  'The Farm Gazette brings you the news of the district, its council and its schools every single day.';
/** The paragraph a farm page opens its article with under `pageTemplate`. */
export const FARM_NEWSLETTER_PITCH =
  "Sign up for the Farm Gazette morning newsletter to get the district's top stories in your inbox.";

function renderPage(origin: string, f: number, i: number, options: FeedFarmOptions): string {
  const template = options.pageTemplate
    ? {
        head: `<meta name="description" content="${FARM_SITE_DESCRIPTION}">`,
        opener: `<p>${FARM_NEWSLETTER_PITCH}</p>`,
      }
    : { head: '', opener: '' };
  const paragraphs = Array.from(
    { length: 4 },
    (_, p) => `<p>${lead(f, i)} Paragraph ${p + 1} adds what officials said about ${work(i)}.</p>`,
  ).join('');
  return (
    `<!DOCTYPE html><html lang="en"><head><title>${title(f, i)}</title>` +
    `<link rel="canonical" href="${origin}/articles/${f}/${i}">` +
    `<meta property="article:published_time" content="2024-06-01T05:00:00Z">${template.head}</head>` +
    `<body><nav><a href="/">Home</a></nav><article><h1>${title(f, i)}</h1>${template.opener}${paragraphs}</article>` +
    '</body></html>'
  );
}

function title(f: number, i: number): string {
  return `Gazette ${f}: council vote number ${i} on the bridge repair budget`;
}

function lead(f: number, i: number): string {
  return `The council of district ${f} voted on item ${i} on Monday to fund ${work(i)}, which residents have asked for since 2021.`;
}

// Items differ in words, not only in numbers: a sentence that differs only in its digits is a site's template.
const WORKS = [
  'repairs to the old bridge',
  'a new roof for the library',
  'longer hours at the swimming pool',
  'bus shelters along the ring road',
  'street lights in the harbour quarter',
  'a crossing guard outside the primary school',
  'flood barriers on the river bank',
];

function work(i: number): string {
  return WORKS[i % WORKS.length]!;
}

// Headers at once, then the body in ten chunks over `totalMs`, so a client is caught mid-body.
function sendSlowly(res: ServerResponse, body: string, totalMs: number, timers: Set<NodeJS.Timeout>): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
  if (totalMs <= 0) return void res.end(body);
  const size = Math.ceil(body.length / 10);
  let sent = 0;
  const tick = () => {
    res.write(body.slice(sent, sent + size));
    sent += size;
    if (sent >= body.length) return void res.end();
    const timer = setTimeout(tick, totalMs / 10);
    timers.add(timer);
  };
  tick();
}
