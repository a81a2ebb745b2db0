// Measures outlet matching on real data and prints one JSON line per figure:
//   - the demo snapshot's sources: every article URL of article_bias_prediction (2018-2020) and of the AllSides
//     roundups → matched to an outlet / to a rated outlet (the issue asks ≥ 95% rated);
//   - the same with the AllSides ratings carried by those articles left out (how much the figure leans on them);
//   - MBFC self-match: every MBFC domain resolves to the outlet that holds it;
//   - registry load time and match throughput.
// With --urls FILE (one URL a line, e.g. exported from a built snapshot) it measures those URLs instead.
//
//   node --import tsx scripts/measure-outlet-matching.ts [--shared ../shared/data] [--data data] [--urls FILE]
import { createReadStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import {
  createRegistry,
  loadRegistry,
  measureMatching,
  normalizeDomain,
  outletsFileOf,
  readOutletRecords,
  type Registry,
} from '../src/ratings/index.ts';
import { parseScriptArgs } from './script-args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseScriptArgs(import.meta.filename, {
  options: {
    shared: { type: 'string', default: join(ROOT, '..', 'shared', 'data') },
    data: { type: 'string', default: join(ROOT, 'data') },
    urls: { type: 'string' },
    misses: { type: 'boolean', default: false },
  },
});
const shared = resolve(args.shared);

let started = performance.now();
const registry = loadRegistry({ dataDir: args.data });
const loadMs = performance.now() - started;

const sets: [string, string[]][] = args.urls
  ? [
      [
        'urls',
        readFileSync(args.urls, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== ''),
      ],
    ]
  : [
      ['article_bias_prediction', await articleUrls()],
      ['allsides_roundups', await roundupUrls()],
    ];
const all = sets.flatMap(([, urls]) => urls);

// The same registry without the AllSides ratings that the snapshot's own articles carry.
const records = readOutletRecords(outletsFileOf(args.data));
const independent = createRegistry(
  records.map((r) => ({
    ...r,
    ratings: r.ratings.filter((e) => e.dataset !== 'allsides-articles' && e.dataset !== 'allsides-roundups'),
  })),
);

for (const [name, urls] of [...sets, ['all', all] as [string, string[]]]) {
  print({ set: name, ...withShares(measureMatching(urls, registry)) });
  print({
    set: name,
    without: 'allsides-articles,allsides-roundups',
    ...withShares(measureMatching(urls, independent)),
  });
}
if (!args.urls) print({ set: 'mbfc-self-match', ...mbfcSelfMatch(registry) });

started = performance.now();
for (let round = 0; round < 5; round++) for (const url of all) registry.match(url);
const matchUs = ((performance.now() - started) * 1000) / (5 * all.length);
print({ registry: registry.size, loadMs: Math.round(loadMs), matchMicroseconds: Number(matchUs.toFixed(2)) });

if (args.misses) {
  const misses = new Map<string, number>();
  for (const url of all) {
    const o = registry.match(url);
    if (o?.bias) continue;
    const key = `${o ? `unrated ${o.id}` : 'unmatched'} ${new URL(url).hostname}`;
    misses.set(key, (misses.get(key) ?? 0) + 1);
  }
  for (const [key, n] of [...misses].sort((a, b) => b[1] - a[1])) console.log(n, key);
}

function withShares(m: { articles: number; matched: number; rated: number }) {
  const pct = (n: number) => Number(((100 * n) / Math.max(1, m.articles)).toFixed(2));
  return { ...m, matchedPct: pct(m.matched), ratedPct: pct(m.rated) };
}

function print(value: unknown): void {
  console.log(JSON.stringify(value));
}

function mbfcSelfMatch(reg: Registry) {
  const data = JSON.parse(
    gunzipSync(readFileSync(join(shared, 'mbfc_ratings', 'mbfc_combined_v5.json.gz'))).toString(),
  );
  let domains = 0;
  let own = 0;
  const wrong: string[] = [];
  for (const source of data.sources as { domain: string }[]) {
    const domain = normalizeDomain(source.domain);
    if (!domain) continue;
    domains += 1;
    const outlet = reg.match(`https://www.${domain}`);
    if (outlet?.domains.includes(domain)) own += 1;
    else wrong.push(`${source.domain} → ${outlet?.id ?? 'none'}`);
  }
  return { domains, own, ownPct: Number(((100 * own) / domains).toFixed(2)), wrong: wrong.slice(0, 20) };
}

async function articleUrls(): Promise<string[]> {
  const path = join(shared, 'article_bias_prediction', 'articles_2018-2020.jsonl.gz');
  const urls: string[] = [];
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) urls.push(JSON.parse(line).url);
  return urls;
}

async function roundupUrls(): Promise<string[]> {
  const path = join(shared, 'allsides_roundups_neus', 'roundups_2021-04_to_2021-07.jsonl.gz');
  const urls: string[] = [];
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    for (const article of Object.values(JSON.parse(line).news ?? {}) as { newsLink?: string }[]) {
      if (typeof article.newsLink === 'string') urls.push(article.newsLink);
    }
  }
  return urls;
}
