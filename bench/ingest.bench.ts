// Ingest benchmark: feeds/s and articles/s of the pure ingest path (parseFeed → toArticleDraft → dedupeDrafts,
// language detection included) on the fixture feeds, against raw feedsmith parsing of the same texts (no
// charset handling, no normalization) measured in the same run; then peak memory while parsing and normalizing
// a generated 50 MB RSS feed, against raw feedsmith on the same file, each in a fresh child process.
//
//   npm run bench -- ingest          (or: node --expose-gc --import tsx bench/ingest.bench.ts)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed as parseRaw } from 'feedsmith';
import {
  dedupeDrafts,
  type LanguageDetector,
  loadLanguageDetector,
  toArticleDraft,
} from '../src/extract/index.ts';
import { decodeText, parseFeed } from '../src/ingest/index.ts';
import { FIXTURE_DIR } from '../src/ingest/test-server.ts';

const FETCHED_AT = new Date('2024-06-04T12:00:00Z');

/** Our whole pure path for one body: the articles it yields. */
function ingest(body: Uint8Array, url: string, detectLanguage: LanguageDetector): number {
  const feed = parseFeed(body, { url });
  const context = {
    fetchedAt: FETCHED_AT,
    detectLanguage,
    ...(feed.language ? { feedLanguage: feed.language } : {}),
  };
  const drafts = feed.items.flatMap((item) => toArticleDraft(item, context) ?? []);
  return dedupeDrafts(drafts).length;
}

/** Runs `round` until `budgetMs` has passed (after one warm-up round); rounds per second. */
function measure(round: () => void, budgetMs = 2500): { rounds: number; seconds: number } {
  round();
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    round();
    rounds += 1;
  }
  return { rounds, seconds: (performance.now() - started) / 1000 };
}

/** A WordPress-shaped RSS 2.0 feed of `count` items (title entities, dc:creator, HTML description). */
function generateRss(count: number, bodyParagraphs = 3): string {
  const items: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const paragraphs = Array.from(
      { length: bodyParagraphs },
      (_, p) =>
        `&lt;p&gt;Paragraph ${p} of story ${i}: the council voted on Monday to fund repairs to the bridge, ` +
        `which has been closed to trucks since 2021 &amp;amp; engineers said the work would take months.&lt;/p&gt;`,
    ).join('');
    items.push(
      `<item><title>Story ${i}: council approves $4.2&#160;million repair &#8220;after delay&#8221;</title>` +
        `<link>https://ledger.example.com/2024/06/${i}/story/?utm_source=rss&amp;utm_medium=rss</link>` +
        `<dc:creator><![CDATA[Reporter ${i % 40}]]></dc:creator>` +
        `<pubDate>Mon, 03 Jun 2024 ${String(i % 24).padStart(2, '0')}:45:00 +0000</pubDate>` +
        `<guid isPermaLink="false">https://ledger.example.com/?p=${i}</guid>` +
        `<description>${paragraphs}</description></item>\n`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<channel><title>Generated Ledger</title><link>https://ledger.example.com</link><language>en-US</language>\n${items.join('')}</channel></rss>\n`
  );
}

// Child mode: parse and normalize one big file, then report peak memory (the parent reads the JSON line).
if (process.argv[2] === '--memory-child') {
  const [, , , mode = 'ours', file = ''] = process.argv;
  const detectLanguage = await loadLanguageDetector();
  ingest(new TextEncoder().encode(generateRss(20)), 'https://ledger.example.com/feed/', detectLanguage);
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const started = performance.now();
  const body = readFileSync(file);
  let articles = 0;
  if (mode === 'ours') {
    const feed = parseFeed(body, { url: 'https://ledger.example.com/feed/' });
    sample();
    const context = { fetchedAt: FETCHED_AT, detectLanguage, feedLanguage: 'en-US' };
    const drafts = feed.items.flatMap((item, i) => {
      if (i % 5000 === 0) sample();
      return toArticleDraft(item, context) ?? [];
    });
    sample();
    articles = dedupeDrafts(drafts).length;
  } else {
    const parsed = parseRaw(decodeText(body));
    sample();
    articles = parsed.format === 'rss' ? (parsed.feed.items?.length ?? 0) : 0;
  }
  sample();
  const seconds = (performance.now() - started) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      mode,
      articles,
      seconds,
      baselineRssMb: before.rss / 2 ** 20,
      maxRssMb,
      peakHeapMb: peakHeap / 2 ** 20,
    }),
  );
  process.exit(0);
}

// 1. Throughput on the fixture set.
const detectLanguage = await loadLanguageDetector();
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((name) => /\.(xml|json)$/.test(name))
  .map((name) => ({ name, body: new Uint8Array(readFileSync(join(FIXTURE_DIR, name))) }))
  .filter(({ body, name }) => {
    try {
      parseFeed(body, { url: `https://fixtures.example/${name}` });
      return true;
    } catch {
      return false; // refused on purpose (XXE); not a throughput case
    }
  });
const texts = fixtures.map(({ body }) => decodeText(body));
const perRound = fixtures.reduce(
  (sum, { body, name }) => sum + ingest(body, `https://fixtures.example/${name}`, detectLanguage),
  0,
);
const rawItems = texts.reduce((sum, text) => {
  const parsed = parseRaw(text);
  return (
    sum + (parsed.format === 'atom' ? (parsed.feed.entries?.length ?? 0) : (parsed.feed.items?.length ?? 0))
  );
}, 0);

const ours = measure(() => {
  for (const { body, name } of fixtures) ingest(body, `https://fixtures.example/${name}`, detectLanguage);
});
const parseOnly = measure(() => {
  for (const { body, name } of fixtures) parseFeed(body, { url: `https://fixtures.example/${name}` });
});
const raw = measure(() => {
  for (const text of texts) parseRaw(text);
});
const rate = (m: { rounds: number; seconds: number }, perRoundCount: number) =>
  (m.rounds * perRoundCount) / m.seconds;
console.log(`fixture set: ${fixtures.length} feeds (${fixtures.map((f) => f.name).join(', ')})`);
console.log(`  ${perRound} articles per pass after dedupe (${rawItems} raw items)`);
const row = (label: string, m: { rounds: number; seconds: number }, items: number) =>
  console.log(
    `  ${label.padEnd(44)} ${rate(m, fixtures.length).toFixed(0).padStart(7)} feeds/s ${rate(m, items).toFixed(0).padStart(8)} articles/s`,
  );
row('ours: parse + normalize + extract + dedupe', ours, perRound);
row('ours: parseFeed only', parseOnly, rawItems);
row('baseline: raw feedsmith parseFeed', raw, rawItems);
console.log(`  ratio full path / raw feedsmith (feeds/s): ${(rate(ours, 1) / rate(raw, 1)).toFixed(3)}`);
console.log(`  ratio parseFeed / raw feedsmith (feeds/s): ${(rate(parseOnly, 1) / rate(raw, 1)).toFixed(3)}`);

// 2. A realistic feed size: 50 WordPress-shaped items.
const typical = new TextEncoder().encode(generateRss(50));
const typicalText = decodeText(typical);
const typicalOurs = measure(() => ingest(typical, 'https://ledger.example.com/feed/', detectLanguage));
const typicalRaw = measure(() => parseRaw(typicalText));
console.log(`generated 50-item RSS feed (${(typical.length / 1024).toFixed(0)} KiB):`);
row('ours: parse + normalize + extract + dedupe', typicalOurs, 50);
row('baseline: raw feedsmith parseFeed', typicalRaw, 50);
console.log(`  ratio full path / raw feedsmith: ${(rate(typicalOurs, 1) / rate(typicalRaw, 1)).toFixed(3)}`);

// 3. Peak memory on a 50 MB feed, each mode in a fresh process.
const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-bench-'));
const big = join(dir, 'big.xml');
let count = 1000;
let text = generateRss(count);
count = Math.ceil((count * 50 * 1024 * 1024) / Buffer.byteLength(text));
text = generateRss(count);
writeFileSync(big, text);
text = '';
const sizeMb = statSync(big).size / 2 ** 20;
console.log(`generated ${sizeMb.toFixed(1)} MiB RSS feed with ${count} items:`);
const results: Record<
  string,
  { articles: number; seconds: number; baselineRssMb: number; maxRssMb: number; peakHeapMb: number }
> = {};
for (const mode of ['ours', 'raw']) {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', import.meta.filename, '--memory-child', mode, big],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`bench: ${mode} child failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}');
  results[mode] = result;
  console.log(
    `  ${mode === 'ours' ? 'ours: parse + normalize + extract + dedupe' : 'baseline: raw feedsmith parseFeed'}`.padEnd(
      46,
    ) +
      ` ${result.articles} articles in ${result.seconds.toFixed(1)} s (${(result.articles / result.seconds).toFixed(0)} articles/s); ` +
      `peak RSS ${result.maxRssMb.toFixed(0)} MiB (${result.baselineRssMb.toFixed(0)} MiB before), peak heap ${result.peakHeapMb.toFixed(0)} MiB`,
  );
}
const oursMem = results.ours;
const rawMem = results.raw;
if (oursMem && rawMem) {
  console.log(
    `  ratio peak RSS ours / raw feedsmith: ${(oursMem.maxRssMb / rawMem.maxRssMb).toFixed(2)}; ` +
      `time: ${(oursMem.seconds / rawMem.seconds).toFixed(2)}`,
  );
}
rmSync(dir, { recursive: true, force: true });
