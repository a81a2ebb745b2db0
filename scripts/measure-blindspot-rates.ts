// How often the blindspot rule fires on real multi-outlet stories, for the configured thresholds and a grid
// around them: the evidence behind the defaults of config.blindspot. Stories are the Google News clusters of
// the UCI News Aggregator set (2014-03..05, 7k stories, median 34 outlets); outlets are rated by Parallax's
// registry from their host names. Prints the usual L/C/R shares (mean over stories) and, per threshold set, the
// share of judged stories that are a blindspot for the Left / the Right, with raw shares and with shares
// adjusted to config.blindspot.usualShares.
//
//   node --import tsx scripts/measure-blindspot-rates.ts [--shared ../shared/data] [--data data] [--json]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_CONFIG } from '../src/config/index.ts';
import { computeCoverage, detectBlindspot } from '../src/coverage/index.ts';
import type { Coverage } from '../src/domain/index.ts';
import { loadRegistry } from '../src/ratings/index.ts';
import { parseScriptArgs } from './script-args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseScriptArgs(import.meta.filename, {
  options: {
    shared: { type: 'string', default: join(ROOT, '..', 'shared', 'data') },
    data: { type: 'string', default: join(ROOT, 'data') },
    json: { type: 'boolean', default: false },
  },
});

const registry = loadRegistry({ dataDir: args.data! });
const hostsByStory = new Map<string, Set<string>>();
const text = gunzipSync(
  readFileSync(join(args.shared!, 'uci_news_aggregator', 'newsCorpora_2014-03_to_2014-05.tsv.gz')),
).toString('utf8');
for (const line of text.split('\n')) {
  const cols = line.split('\t');
  const story = cols[5];
  const host = cols[6];
  if (!story || !host) continue;
  const hosts = hostsByStory.get(story) ?? new Set<string>();
  hosts.add(host);
  hostsByStory.set(story, hosts);
}

const outletOfHost = new Map<string, string | null>();
const coverages: Coverage[] = [];
for (const hosts of hostsByStory.values()) {
  const articles = [...hosts].map((host) => {
    if (!outletOfHost.has(host)) outletOfHost.set(host, registry.match(`http://${host}/`)?.id ?? null);
    return { outletId: outletOfHost.get(host)! };
  });
  coverages.push(computeCoverage(articles, (id) => registry.get(id)));
}

const rated = coverages.filter((c) => c.rated > 0);
const mean = (f: (c: Coverage) => number) => rated.reduce((s, c) => s + f(c), 0) / rated.length;
const usual = {
  left: mean((c) => c.shares.left),
  center: mean((c) => c.shares.center),
  right: mean((c) => c.shares.right),
};
const rows = [];
for (const usualShares of [undefined, DEFAULT_CONFIG.blindspot.usualShares]) {
  for (const minRatedOutlets of [3, 5, 8, 12]) {
    for (const maxShare of [0.1, 0.15, 0.2]) {
      for (const minOtherShare of [0.4, 0.5, 0.6]) {
        const options = { minRatedOutlets, maxShare, minOtherShare, ...(usualShares ? { usualShares } : {}) };
        const judged = coverages.filter((c) => c.rated >= minRatedOutlets);
        const verdicts = judged.map((c) => detectBlindspot(c, options));
        const left = verdicts.filter((v) => v === 'left').length;
        const right = verdicts.filter((v) => v === 'right').length;
        rows.push({
          ...options,
          adjusted: usualShares !== undefined,
          judged: judged.length,
          left,
          right,
          rate: (left + right) / Math.max(1, judged.length),
        });
      }
    }
  }
}
const report = {
  stories: coverages.length,
  with_rated_outlets: rated.length,
  hosts: outletOfHost.size,
  rated_hosts: [...outletOfHost.values()].filter((id) => id !== null && registry.get(id)?.bias).length,
  median_rated_outlets: rated.map((c) => c.rated).sort((a, b) => a - b)[Math.floor(rated.length / 2)],
  usual_shares: usual,
  configured: DEFAULT_CONFIG.blindspot,
  grid: rows,
};
if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  const { grid, ...head } = report;
  process.stdout.write(`${JSON.stringify(head, null, 2)}\n`);
  process.stdout.write(
    '| shares | minRated | maxShare | minOther | judged | for the Left | for the Right | rate |\n|---|---|---|---|---|---|---|---|\n',
  );
  for (const r of grid) {
    process.stdout.write(
      `| ${r.adjusted ? 'adjusted' : 'raw'} | ${r.minRatedOutlets} | ${r.maxShare} | ${r.minOtherShare} | ${r.judged} | ${r.left} | ${r.right} | ${(100 * r.rate).toFixed(1)}% |\n`,
    );
  }
}
