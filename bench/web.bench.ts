// Web benchmark: requests/s and p99 latency of a story page and of /api/stories under autocannon at 50
// connections, side by side with the very same bytes served as static files by the same server in the same run
// (@hono/node-server's serveStatic on the same Hono app and port). Targets (issue 7): with caching on, at least
// half the static throughput, and p99 under 50 ms. The cache-off figures are context, from a second server.
//
//   npm run bench -- web          (or: node --import tsx bench/web.bench.ts)
// Env: PARALLAX_BENCH_DB (SQLite file to build once and reuse; default in the temp folder),
//      PARALLAX_BENCH_SECONDS (per measurement, default 10).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createStoryEngine } from '../src/cli/story-engine.ts';
import { loadOutlets } from '../src/cli/context.ts';
import { loadConfig } from '../src/config/index.ts';
import { fixedClock, silentLogger, silentProgress } from '../src/domain/index.ts';
import { importSnapshot } from '../src/pipeline/import-snapshot.ts';
import { openStore } from '../src/store/index.ts';
import { createApp } from '../src/web/app.tsx';

const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.PARALLAX_BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

interface Result {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly bytes: number;
  readonly non2xx: number;
}

/** autocannon in its own process (so that it does not share the server's event loop), read as JSON. */
async function load(url: string): Promise<Result> {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/autocannon/autocannon.js'),
      '-c',
      String(CONNECTIONS),
      '-d',
      String(SECONDS),
      '-j',
      url,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`bench: autocannon failed: ${stderr}`);
  const out = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    throughput: { average: number };
    non2xx: number;
  };
  return {
    rps: out.requests.average,
    p50: out.latency.p50,
    p99: out.latency.p99,
    bytes: out.throughput.average,
    non2xx: out.non2xx,
  };
}

function listen(app: Hono): Promise<{ url: string; server: ServerType }> {
  return new Promise((done) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
      done({ url: `http://127.0.0.1:${info.port}`, server }),
    );
  });
}

async function main(): Promise<void> {
  const config = loadConfig({});
  const dbPath = process.env.PARALLAX_BENCH_DB ?? join(tmpdir(), 'parallax-web-bench.db');
  const store = await openStore({ sqlitePath: dbPath });
  const outlets = loadOutlets(config);
  if ((await store.articles.count()) === 0) {
    console.log(`building the demo database ${dbPath} from the bundled snapshot…`);
    await importSnapshot(store, join(config.dataDir, 'snapshot', 'articles.jsonl.gz'), outlets, {
      logger: silentLogger,
      progress: silentProgress,
    });
  }
  const now = new Date((await store.articles.latestPublishedAt()) ?? Date.now());
  const engine = await createStoryEngine(store, {
    config,
    outlets,
    logger: silentLogger,
    progress: silentProgress,
    now,
  });
  await engine.refresh();
  const deps = { store, outlets, clock: fixedClock(now.toISOString()), logger: silentLogger };
  const options = { frontPageDays: config.web.frontPageDays, blindspot: config.blindspot };
  const cached = createApp({ ...deps, options: { ...options, cache: true } });
  const uncached = createApp({ ...deps, options: { ...options, cache: false } });

  // The story page of the first story on the front page (the broadest of the latest days), and /api/stories.
  const since = new Date(now.getTime() - config.web.frontPageDays * 86_400_000).toISOString();
  const top = (await store.stories.list({ since, limit: 1, order: 'breadth' }))[0]!;
  const storyPath = `/stories/${top.id}`;
  const apiPath = '/api/stories';
  const staticDir = mkdtempSync(join(tmpdir(), 'parallax-web-bench-'));
  const storyBytes = await (await cached.request(storyPath)).text();
  const apiBytes = await (await cached.request(apiPath)).text();
  writeFileSync(join(staticDir, 'story.html'), storyBytes);
  writeFileSync(join(staticDir, 'stories.json'), apiBytes);

  const root = new Hono();
  root.use(
    '/bench-static/*',
    serveStatic({ root: staticDir, rewriteRequestPath: (p) => p.replace(/^\/bench-static/, '') }),
  );
  root.route('/', cached);
  const main = await listen(root);
  const plain = await listen(uncached);
  const check = await fetch(`${main.url}/bench-static/story.html`);
  if ((await check.text()) !== storyBytes) throw new Error('bench: the static copy differs from the page');

  console.log(
    `story ${top.id} (${top.coverage.articles} articles): page ${storyBytes.length} bytes, /api/stories ${apiBytes.length} bytes; ` +
      `${CONNECTIONS} connections, ${SECONDS} s each, autocannon in its own process\n`,
  );
  const rows: [string, Result][] = [];
  const measure = async (label: string, url: string) => {
    await load(url); // warm-up: JIT, the response cache, SQLite's page cache
    const result = await load(url);
    rows.push([label, result]);
    return result;
  };
  const staticStory = await measure('static story.html', `${main.url}/bench-static/story.html`);
  const story = await measure(`GET ${storyPath} (cache on)`, `${main.url}${storyPath}`);
  const staticApi = await measure('static stories.json', `${main.url}/bench-static/stories.json`);
  const api = await measure(`GET ${apiPath} (cache on)`, `${main.url}${apiPath}`);
  await measure(`GET ${storyPath} (cache off)`, `${plain.url}${storyPath}`);
  await measure(`GET ${apiPath} (cache off)`, `${plain.url}${apiPath}`);

  console.log('what                                   req/s    p50 ms   p99 ms   MB/s   non-2xx');
  for (const [label, r] of rows)
    console.log(
      `${label.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ` +
        `${(r.bytes / 1e6).toFixed(1).padStart(6)} ${String(r.non2xx).padStart(8)}`,
    );
  const verdict = (name: string, r: Result, base: Result) => {
    const ratio = r.rps / base.rps;
    const ok = ratio >= 0.5 && r.p99 < 50;
    console.log(
      `${name}: ${(ratio * 100).toFixed(0)}% of static throughput, p99 ${r.p99.toFixed(1)} ms → ${ok ? 'meets' : 'MISSES'} the target (≥ 50%, p99 < 50 ms)`,
    );
  };
  console.log('');
  verdict('story page', story, staticStory);
  verdict('/api/stories', api, staticApi);

  await Promise.all([main, plain].map(({ server }) => new Promise((done) => server.close(done))));
  await store.close();
  rmSync(staticDir, { recursive: true, force: true });
}

await main();
