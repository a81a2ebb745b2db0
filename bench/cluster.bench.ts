// Clustering speed and memory as the active window fills: articles/s end to end (features + clustering) for
// title+lead articles with 10,000, 50,000 and 100,000 articles already in open stories, the cost per article as
// a ratio to the 10,000 point, and the simple clusterer measured the same way in the same run. "cost vs 10k" uses
// the process's CPU time, which other processes on a shared machine disturb less than wall time.
// The window is real news: UCI News Aggregator headlines (in their original order) with article_bias_prediction
// titles and leads mixed in; the measured articles are further article_bias_prediction titles + leads (three
// batches of 2,000, the median batch reported; 6,757 of the 12,757 leads remain for the windows). Every article
// carries its real URL, whose slug the clusterer reads.
// Needs ../shared/data beside the repository. Run: npm run bench cluster
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  type ClusterInput,
  createClusterer,
  createSimpleClusterer,
  loadClusterModel,
  type StoryClusterer,
} from '../src/cluster/index.ts';
import { makeLead } from '../src/text/index.ts';

const DATA = resolve(import.meta.dirname, '../../shared/data');
const WINDOWS = [10_000, 50_000, 100_000];
const MEASURED = 2_000;
const gunzip = (path: string) => gunzipSync(readFileSync(resolve(DATA, path))).toString('utf8');

let headlines: { id: string; title: string; url: string }[] = [];
for (const line of gunzip('uci_news_aggregator/newsCorpora_2014-03_to_2014-05.tsv.gz').split('\n')) {
  const [id, title, url] = line.split('\t');
  if (id && title) headlines.push({ id: `uci-${id}`, title, url: url ?? '' });
}
let leads: { id: string; title: string; text: string; url: string }[] = [];
for (const line of gunzip('article_bias_prediction/articles_2018-2020.jsonl.gz').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as { ID: string; title: string; url?: string; content_original?: string };
  leads.push({
    id: `abp-${a.ID}`,
    title: a.title,
    text: makeLead(a.content_original ?? ''),
    url: a.url ?? '',
  });
}
// Substrings keep their whole decompressed file alive; a copy lets the files go, so the pool's heap stays put.
headlines = JSON.parse(JSON.stringify(headlines));
leads = JSON.parse(JSON.stringify(leads));
const BATCHES = 3;
const measured = leads.slice(0, MEASURED * BATCHES);
const fillerLeads = leads.slice(MEASURED * BATCHES);

// Every article of the window falls inside 2 days, so nothing closes: the window really holds them all.
const START = Date.parse('2024-01-01T00:00:00Z');
const SPAN_MS = 2 * 86_400_000;
function* windowArticles(count: number): Generator<ClusterInput> {
  const leadEvery = Math.max(1, Math.floor(count / fillerLeads.length));
  let h = 0;
  let l = 0;
  for (let i = 0; i < count; i++) {
    const published = new Date(START + Math.floor((i / count) * SPAN_MS)).toISOString();
    const lead = i % leadEvery === 0 && l < fillerLeads.length ? fillerLeads[l++] : undefined;
    const headline = headlines[h++ % headlines.length]!;
    yield lead ? { ...lead, published } : { ...headline, text: '', published };
  }
}
/** Batch b of the measured articles, for the window of `count`: after the window, a second apart. */
const measuredArticles = (count: number, b: number): ClusterInput[] =>
  measured.slice(b * MEASURED, (b + 1) * MEASURED).map((a, i) => ({
    ...a,
    id: `${a.id}-${count}`,
    published: new Date(START + SPAN_MS + (b * MEASURED + i) * 1_000).toISOString(),
  }));

interface Point {
  readonly window: number;
  readonly perSecond: number;
  readonly microsPerArticle: number;
  /** CPU time of this process per article: steadier than wall time on a shared machine. */
  readonly cpuMicrosPerArticle: number;
  readonly heapMiB: number;
}

/** JS heap plus typed-array buffers (stored outside the heap), after a full collection, in MiB. */
function heapNow(): number {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 2 ** 20;
}

// The process with the article pool loaded and no clusterer: what a clusterer's window adds is measured from here
// (shared caches such as the stem cache count as the clusterer's).
const POOL_HEAP = heapNow();

/**
 * Fills a clusterer's window, then times BATCHES batches of different measured articles one after another (the
 * window grows by a batch each time, 5 % at 100,000) and keeps the batch of median CPU time: a shared machine's bursts
 * move single batches by ±20 %.
 */
function measure(make: () => StoryClusterer, window: number): Point {
  const clusterer = make();
  for (const article of windowArticles(window)) clusterer.assign(article);
  // The clusterer's own heap: what the window added (the article pool of this benchmark is not counted).
  const heapMiB = heapNow() - POOL_HEAP;
  const batches: Point[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const batch = measuredArticles(window, b);
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    for (const article of batch) clusterer.assign(article);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    batches.push({
      window,
      perSecond: batch.length / seconds,
      microsPerArticle: (seconds * 1e6) / batch.length,
      cpuMicrosPerArticle: (used.user + used.system) / batch.length,
      heapMiB,
    });
  }
  return batches.sort((a, b) => a.cpuMicrosPerArticle - b.cpuMicrosPerArticle)[BATCHES >> 1]!;
}

const model = loadClusterModel();
const clusterers: Record<string, () => StoryClusterer> = {
  parallax: () => createClusterer(model, { windowDays: 3 }),
  simple: () => createSimpleClusterer({ windowDays: 3 }),
};
// A short warm-up so the first point does not pay for JIT compilation.
measure(clusterers.parallax!, 2_000);
measure(clusterers.simple!, 2_000);

const results: Record<string, Point[]> = {};
for (const [name, make] of Object.entries(clusterers)) {
  results[name] = WINDOWS.map((window) => measure(make, window));
}

console.log(
  `title+lead articles measured per point: ${BATCHES} batches of ${MEASURED}, the median batch shown; ` +
    'window = open articles before measuring',
);
console.log(
  'clusterer  window   articles/s  µs/article  CPU µs/article  articles/CPU-s  cost vs 10k  memory MiB',
);
for (const [name, points] of Object.entries(results)) {
  const first = points[0]!;
  for (const p of points) {
    console.log(
      `${name.padEnd(9)} ${String(p.window).padStart(7)} ${p.perSecond.toFixed(0).padStart(11)} ` +
        `${p.microsPerArticle.toFixed(0).padStart(11)} ${p.cpuMicrosPerArticle.toFixed(0).padStart(15)} ` +
        `${(1e6 / p.cpuMicrosPerArticle).toFixed(0).padStart(15)} ` +
        `${(p.cpuMicrosPerArticle / first.cpuMicrosPerArticle).toFixed(2).padStart(12)} ` +
        `${p.heapMiB.toFixed(0).padStart(19)}`,
    );
  }
}
const at100k = (name: string) => results[name]!.at(-1)!;
console.log(
  `parallax vs simple at 100k: ${(at100k('parallax').cpuMicrosPerArticle / at100k('simple').cpuMicrosPerArticle).toFixed(2)}× the CPU cost per article`,
);
