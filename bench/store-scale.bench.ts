// Scale benchmark: about a million real-data articles (bench/scale-corpus.ts) in SQLite and in PostgreSQL, in
// the same run. Measures per back end: the load, story-page and search latency (p50/p99, the store calls of the
// web routes, one at a time), database size, and ingest throughput: direct saves in this process, and on
// PostgreSQL through the job queue with 1, 2 and 4 `parallax worker` processes. PostgreSQL is a throwaway
// cluster (scripts/pg-test-cluster.sh, PG_TEST_DURABLE=1) unless PARALLAX_BENCH_DATABASE_URL names one.
// Ingest is measured twice: saving ready-made articles (the store's share), and polling feeds end to end (fetch,
// parse, extract, save) from a farm of generated feeds on 127.0.0.1, in this process and with the workers.
// Env: PARALLAX_BENCH_ARTICLES (1,000,000), PARALLAX_BENCH_INGEST_ARTICLES (40,000 per ingest run),
// PARALLAX_BENCH_FEEDS (200 feeds of 100 items per feed run).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createRefreshDeps } from '../src/cli/refresh-deps.ts';
import { loadConfig } from '../src/config/index.ts';
import { silentLogger } from '../src/domain/index.ts';
import { refreshDue } from '../src/pipeline/refresh-due.ts';
import { SAVE_ARTICLES_JOB } from '../src/pipeline/save-articles-job.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { isStopword, tokenize } from '../src/text/index.ts';
import { assignGoldStories, loadArticles } from './load-scale-store.ts';
import { corpusAvailable, loadScaleCorpus, type ScaleCorpus } from './scale-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLES = Number(process.env.PARALLAX_BENCH_ARTICLES ?? 1_000_000);
const INGEST = Number(process.env.PARALLAX_BENCH_INGEST_ARTICLES ?? 40_000);
const WORKER_COUNTS = [1, 2, 4];
const JOB_SIZE = 200;
const FEEDS = Number(process.env.PARALLAX_BENCH_FEEDS ?? 200);
const ITEMS_PER_FEED = 100;
// One farm host serves every feed: lift the per-host politeness limit so it does not cap the measure.
const BENCH_CONFIG = { schedule: { tickSeconds: 1 }, fetch: { perHostConcurrency: 64 } };
const PAGES = 1_000;
const SEARCHES = 300;
const WARM_UP = 50;

interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
}

/** Articles stored per second while every feed of a fresh farm was polled once, and the polls that failed. */
interface FeedPoll {
  readonly rate: number;
  readonly failed: number;
}

interface BackendResult {
  name: string;
  loadSeconds: number;
  assignSeconds: number;
  articles: number;
  stories: number;
  sizeBytes: number;
  storyPage: Latency;
  search: Latency;
  directIngest: number;
  workerIngest: Record<number, number>;
  directFeeds: FeedPoll;
  workerFeeds: Record<number, FeedPoll>;
}

const log = (message: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);

let configFile = '';

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(
      'store-scale: ../shared/data is missing (UCI News Aggregator, Article Bias Prediction); skipped',
    );
    return;
  }
  log(
    `store-scale: ${ARTICLES.toLocaleString('en-US')} articles, ingest runs of ${INGEST.toLocaleString('en-US')}`,
  );
  const started = Date.now();
  const corpus = await loadScaleCorpus({ perYear: ARTICLES });
  log(
    `corpus: ${corpus.baseItems} real items, ${corpus.leads} real leads, read in ${secondsSince(started)} s`,
  );
  const queries = searchQueries(corpus);
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  configFile = join(dir, 'parallax.config.json');
  writeFileSync(configFile, JSON.stringify(BENCH_CONFIG));
  const results: BackendResult[] = [];
  try {
    const sqlite = await openStore({ sqlitePath: join(dir, 'bench.db') });
    results.push(await runBackend('SQLite', sqlite, corpus, queries, undefined));
    await sqlite.close();
    log(`SQLite file: ${mib(statSync(join(dir, 'bench.db')).size)} MiB`);
    const postgres = await startPostgres();
    if (postgres) {
      try {
        const store = await openStore({ databaseUrl: postgres.url, poolSize: 4 });
        results.push(await runBackend('PostgreSQL', store, corpus, queries, postgres.url));
        await store.close();
      } finally {
        postgres.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printResults(results);
}

async function runBackend(
  name: string,
  store: Store,
  corpus: ScaleCorpus,
  queries: readonly string[],
  databaseUrl: string | undefined,
): Promise<BackendResult> {
  log(`${name}: loading`);
  const load = await loadArticles(store, corpus, ARTICLES);
  const assign = await assignGoldStories(store, corpus, ARTICLES);
  await store.analyze();
  const stories = await store.stories.count();
  log(
    `${name}: ${load.articles} articles in ${load.seconds.toFixed(1)} s, ${stories} stories in ${assign.toFixed(1)} s`,
  );
  const storyPage = await measure(sampleIds(stories, PAGES + WARM_UP), (id) => loadStoryPage(store, id));
  log(`${name}: story page p50 ${storyPage.p50.toFixed(2)} ms, p99 ${storyPage.p99.toFixed(2)} ms`);
  const search = await measure(queries, (text) => runSearch(store, text));
  log(`${name}: search p50 ${search.p50.toFixed(2)} ms, p99 ${search.p99.toFixed(2)} ms`);
  const sizeBytes = await store.sizeBytes();
  let skip = ARTICLES;
  const directIngest = await ingestDirectly(store, corpus, skip);
  skip += INGEST;
  log(`${name}: direct ingest ${directIngest.toFixed(0)} articles/s`);
  const workerIngest: Record<number, number> = {};
  const directFeeds = await pollFeedsDirectly(store);
  log(`${name}: feeds polled in-process: ${describePoll(directFeeds)}`);
  const workerFeeds: Record<number, FeedPoll> = {};
  if (databaseUrl) {
    for (const workers of WORKER_COUNTS) {
      workerIngest[workers] = await ingestWithWorkers(store, databaseUrl, corpus, skip, workers);
      skip += INGEST;
      log(`${name}: ${workers} worker process(es): ${workerIngest[workers]!.toFixed(0)} articles/s`);
      workerFeeds[workers] = await pollFeedsWithWorkers(store, databaseUrl, workers);
      log(`${name}: feeds polled by ${workers} worker process(es): ${describePoll(workerFeeds[workers]!)}`);
    }
  }
  return {
    name,
    loadSeconds: load.seconds,
    assignSeconds: assign,
    articles: load.articles,
    stories,
    sizeBytes,
    storyPage,
    search,
    directIngest,
    workerIngest,
    directFeeds,
    workerFeeds,
  };
}

// What the story route asks the store for (web/routes/story-routes.tsx) when the page is not cached.
async function loadStoryPage(store: Store, id: number): Promise<void> {
  await store.browse.storyVersion(id);
  const story = await store.stories.get(id);
  if (!story) throw new Error(`bench: story ${id} is missing`);
  await Promise.all([store.articles.listForStory(id), store.stories.listExplanations(id)]);
}

// What the search route asks for on its first page: stories and articles matching the reader's words.
async function runSearch(store: Store, text: string): Promise<void> {
  await Promise.all([
    store.search.searchStories({ text, limit: 10 }),
    store.search.searchArticles({ text, limit: 20 }),
  ]);
}

async function measure<T>(inputs: readonly T[], run: (input: T) => Promise<void>): Promise<Latency> {
  const times: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const started = performance.now();
    await run(input);
    if (i >= WARM_UP) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

// Story ids spread evenly over every story, so small and large stories both come up.
function sampleIds(stories: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 + Math.floor((i * 7919) % stories));
}

// What readers type: one or two words of a real headline, a quoted phrase now and then.
function searchQueries(corpus: ScaleCorpus): string[] {
  const queries: string[] = [];
  let i = 0;
  for (const { article } of corpus.articles(ARTICLES)) {
    i += 1;
    if (i % Math.floor(ARTICLES / (SEARCHES + WARM_UP)) !== 0) continue;
    const words = tokenize(article.title).filter((w) => w.length > 3 && !isStopword(w) && /^[a-z]+$/.test(w));
    if (words.length === 0) continue;
    const kind = queries.length % 3;
    if (kind === 0 || words.length === 1) queries.push(words[0]!);
    else if (kind === 1) queries.push(`${words[0]} ${words.at(-1)}`);
    else queries.push(`"${words.slice(0, 2).join(' ')}"`);
    if (queries.length === SEARCHES + WARM_UP) break;
  }
  return queries;
}

async function ingestDirectly(store: Store, corpus: ScaleCorpus, skip: number): Promise<number> {
  const articles = [...corpus.articles(INGEST, { skip })].map((a) => a.article);
  const started = Date.now();
  for (let i = 0; i < articles.length; i += JOB_SIZE) {
    const chunk = articles.slice(i, i + JOB_SIZE);
    await store.transaction((trx) => trx.articles.save(chunk));
  }
  return articles.length / ((Date.now() - started) / 1000);
}

// Workers started first (their start-up is not counted); then the jobs are sent and the clock runs until the
// queue is empty. Clustering is left out (--no-cluster): this is the fetch/extract side's store throughput.
async function ingestWithWorkers(
  store: Store,
  databaseUrl: string,
  corpus: ScaleCorpus,
  skip: number,
  count: number,
): Promise<number> {
  const queue = await store.openJobQueue({ logger: silentLogger });
  await queue.define([SAVE_ARTICLES_JOB]);
  const workers = Array.from({ length: count }, () => startWorker(databaseUrl));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const articles = [...corpus.articles(INGEST, { skip })].map((a) => a.article);
    const before = await store.articles.count();
    const started = Date.now();
    for (let i = 0; i < articles.length; i += JOB_SIZE)
      await queue.send(SAVE_ARTICLES_JOB.name, { articles: articles.slice(i, i + JOB_SIZE) });
    while ((await queue.countPending(SAVE_ARTICLES_JOB.name)) > 0) await sleep(50);
    const seconds = (Date.now() - started) / 1000;
    const stored = (await store.articles.count()) - before;
    if (stored !== articles.length) throw new Error(`bench: workers stored ${stored} of ${articles.length}`);
    return stored / seconds;
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await queue.stop();
  }
}

// A fresh farm of FEEDS feeds is subscribed and polled once (refreshDue: the work of `parallax ingest --once` and
// of `serve --live`, config.fetch.concurrency feeds at once). A failed poll is counted, not retried.
async function pollFeedsDirectly(store: Store): Promise<FeedPoll> {
  const farm = await startFarm();
  const config = loadConfig({ PARALLAX_CONFIG: configFile, PARALLAX_ALLOW_PRIVATE_ADDRESSES: '1' });
  const noOutlets = { get: () => undefined, match: () => undefined, all: () => [] };
  const deps = await createRefreshDeps(config, noOutlets, silentLogger);
  try {
    const before = await store.articles.count();
    const started = Date.now();
    for (const url of farm.feedUrls) await store.feeds.add({ url, outletId: null }, new Date().toISOString());
    const summary = await refreshDue(store, deps, { concurrency: config.fetch.concurrency, limit: FEEDS });
    const stored = (await store.articles.count()) - before;
    const errors = new Set(summary.results.filter((r) => r.status === 'failed').map((r) => r.error?.message));
    if (errors.size > 0) log(`feed poll errors: ${[...errors].join('; ')}`);
    return { rate: stored / ((Date.now() - started) / 1000), failed: summary.failed };
  } finally {
    await deps.fetcher.close();
    farm.close();
  }
}

const describePoll = (p: FeedPoll) =>
  `${p.rate.toFixed(0)} articles/s${p.failed > 0 ? ` (${p.failed} of ${FEEDS} polls failed)` : ''}`;

// A feed farm in a process of its own (bench/feed-farm-process.ts).
async function startFarm(): Promise<{ feedUrls: string[]; close: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/feed-farm-process.ts'), String(FEEDS), String(ITEMS_PER_FEED)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) done(out.split('\n')[0]!);
    });
    child.once('exit', (code) => fail(new Error(`bench: the feed farm exited with ${code}`)));
  });
  const { feedUrls } = JSON.parse(line) as { feedUrls: string[] };
  return { feedUrls, close: () => child.kill('SIGTERM') };
}

// Workers (feeds on, clustering off) started first; then a fresh farm is subscribed and the clock runs until
// every feed was polled once: one worker queues the due feeds each second, all of them poll.
async function pollFeedsWithWorkers(store: Store, databaseUrl: string, count: number): Promise<FeedPoll> {
  const farm = await startFarm();
  const workers = Array.from({ length: count }, () => startWorker(databaseUrl, true));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const before = await store.articles.count();
    const started = Date.now();
    for (const url of farm.feedUrls) await store.feeds.add({ url, outletId: null }, new Date().toISOString());
    const urls = new Set(farm.feedUrls);
    const deadline = Date.now() + 600_000;
    let polled: Awaited<ReturnType<Store['feeds']['list']>> = [];
    while (polled.length < FEEDS) {
      if (Date.now() > deadline) throw new Error('bench: the workers did not poll every feed in 10 minutes');
      await sleep(100);
      polled = (await store.feeds.list()).filter((f) => urls.has(f.url) && f.checkedAt !== null);
    }
    const seconds = (Date.now() - started) / 1000;
    const stored = (await store.articles.count()) - before;
    return { rate: stored / seconds, failed: polled.filter((f) => f.errorCount > 0).length };
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    farm.close();
  }
}

function startWorker(
  databaseUrl: string,
  feeds = false,
): { child: ChildProcess; ready: Promise<void>; exited: Promise<void> } {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin/parallax.js'),
      'worker',
      '--no-cluster',
      '--concurrency',
      feeds ? '8' : '2',
      ...(feeds ? [] : ['--no-feeds']),
    ],
    {
      env: {
        ...process.env,
        PARALLAX_DATABASE_URL: databaseUrl,
        PARALLAX_POLL_INTERVAL_MS: '100',
        PARALLAX_CONFIG: configFile,
        PARALLAX_ALLOW_PRIVATE_ADDRESSES: '1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  const ready = new Promise<void>((done, fail) => {
    child.stderr!.on('data', (chunk) => {
      err += chunk;
      if (err.includes('worker: ready')) done();
    });
    child.once('exit', (code) => fail(new Error(`bench: worker exited with ${code}: ${err}`)));
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return { child, ready, exited };
}

async function startPostgres(): Promise<{ url: string; stop: () => void } | undefined> {
  const given = process.env.PARALLAX_BENCH_DATABASE_URL;
  if (given) return { url: await freshDatabase(given), stop: () => {} };
  const env = {
    ...process.env,
    PG_TEST_PORT: '55434',
    PG_TEST_DIR: join(tmpdir(), 'parallax-pg-bench'),
    PG_TEST_DURABLE: '1',
  };
  const script = join(ROOT, 'scripts/pg-test-cluster.sh');
  try {
    const url = execFileSync(script, ['start'], { env, encoding: 'utf8' }).trim();
    return { url: await freshDatabase(url), stop: () => execFileSync(script, ['stop'], { env }) };
  } catch (error) {
    console.log(
      `store-scale: no PostgreSQL (${(error as Error).message.split('\n')[0]}); PostgreSQL skipped`,
    );
    return undefined;
  }
}

async function freshDatabase(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP DATABASE IF EXISTS parallax_bench WITH (FORCE)');
  await client.query('CREATE DATABASE parallax_bench');
  await client.end();
  const target = new URL(url);
  target.pathname = '/parallax_bench';
  return target.href;
}

function printResults(results: readonly BackendResult[]): void {
  const rows: [string, (r: BackendResult) => string][] = [
    ['articles loaded', (r) => r.articles.toLocaleString('en-US')],
    ['stories', (r) => r.stories.toLocaleString('en-US')],
    ['load (saves of 1,000), articles/s', (r) => (ARTICLES / r.loadSeconds).toFixed(0)],
    ['gold story assignment, s', (r) => r.assignSeconds.toFixed(1)],
    ['story page p50, ms', (r) => r.storyPage.p50.toFixed(2)],
    ['story page p99, ms', (r) => r.storyPage.p99.toFixed(2)],
    ['search p50, ms', (r) => r.search.p50.toFixed(2)],
    ['search p99, ms', (r) => r.search.p99.toFixed(2)],
    ['database size, MiB', (r) => mib(r.sizeBytes)],
    [`ingest in-process (${JOB_SIZE}/tx), articles/s`, (r) => r.directIngest.toFixed(0)],
    ...WORKER_COUNTS.map((n): [string, (r: BackendResult) => string] => [
      `ingest, ${n} worker process${n > 1 ? 'es' : ''}, articles/s`,
      (r) => r.workerIngest[n]?.toFixed(0) ?? '—',
    ]),
    [
      `feeds polled in-process (${FEEDS} feeds × ${ITEMS_PER_FEED}), articles/s`,
      (r) => describePollCell(r.directFeeds),
    ],
    ...WORKER_COUNTS.map((n): [string, (r: BackendResult) => string] => [
      `feeds polled, ${n} worker process${n > 1 ? 'es' : ''}, articles/s`,
      (r) => (r.workerFeeds[n] ? describePollCell(r.workerFeeds[n]) : '—'),
    ]),
  ];
  console.log(`\n| measure | ${results.map((r) => r.name).join(' | ')} |`);
  console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
  for (const [label, value] of rows) console.log(`| ${label} | ${results.map(value).join(' | ')} |`);
  const [sqlite, postgres] = results;
  if (sqlite && postgres) {
    console.log(
      `\nPostgreSQL / SQLite: story page p50 ×${(postgres.storyPage.p50 / sqlite.storyPage.p50).toFixed(2)}, ` +
        `search p50 ×${(postgres.search.p50 / sqlite.search.p50).toFixed(2)}, ` +
        `size ×${(postgres.sizeBytes / sqlite.sizeBytes).toFixed(2)}, ` +
        `in-process ingest ×${(postgres.directIngest / sqlite.directIngest).toFixed(2)}`,
    );
  }
}

const describePollCell = (p: FeedPoll) =>
  `${p.rate.toFixed(0)}${p.failed > 0 ? ` (${p.failed} failed)` : ''}`;
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const secondsSince = (t: number) => ((Date.now() - t) / 1000).toFixed(1);

await main();
