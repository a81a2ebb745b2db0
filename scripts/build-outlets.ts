// Builds data/outlets/outlets.jsonl, the outlet registry Parallax ships, from the rating data sets in
// ../shared/data (see each folder's PROVENANCE.md and data/ATTRIBUTION.md), plus the ownership Parallax curates in
// data/ownership/curated.json for outlets those sets give none. Every rater value keeps its own words, date and
// source; blending happens when the registry is loaded, under config `ratings.weights`.
//
//   node --import tsx scripts/build-outlets.ts [--shared ../shared/data] [--out data/outlets/outlets.jsonl]
//     [--curated data/ownership/curated.json]
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { gunzipSync, createGunzip } from 'node:zlib';
import type { ArticleRating } from '../src/ratings/build/aggregate-article-ratings.ts';
import { assembleRecords } from '../src/ratings/build/assemble-records.ts';
import { parseCsvObjects } from '../src/ratings/build/parse-csv.ts';
import { readAllsidesList } from '../src/ratings/build/read-allsides-list.ts';
import { readBalyCorpus } from '../src/ratings/build/read-baly.ts';
import { readCuratedOwnership } from '../src/ratings/build/read-curated-ownership.ts';
import { readMbfc } from '../src/ratings/build/read-mbfc.ts';
import { readMediaData } from '../src/ratings/build/read-media-data.ts';
import { createRegistry, parseOutletLines } from '../src/ratings/index.ts';
import { parseScriptArgs } from './script-args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseScriptArgs(import.meta.filename, {
  options: {
    shared: { type: 'string', default: join(ROOT, '..', 'shared', 'data') },
    out: { type: 'string', default: join(ROOT, 'data', 'outlets', 'outlets.jsonl') },
    curated: { type: 'string', default: join(ROOT, 'data', 'ownership', 'curated.json') },
  },
});
const shared = resolve(args.shared);
const at = (...parts: string[]) => join(shared, ...parts);
const started = performance.now();

const mbfc = readMbfc(
  JSON.parse(gunzipSync(readFileSync(at('mbfc_ratings', 'mbfc_combined_v5.json.gz'))).toString()),
  {
    rater: 'mbfc',
    dataset: 'mbfc-2026',
    source:
      'https://github.com/drmikecrowe/mbfcext/blob/bbb763770fbaa14b181ff4be55b13c80311636d4/docs/v5/data/combined.json',
  },
);
// Hosts an outlet publishes at that MBFC files under another domain, found by comparing the names of outlets only
// one rater knows: ABC News' articles live on abcnews.go.com (AllSides' domain), MBFC lists abcnews.com.
const EXTRA_ALIASES: [alias: string, canonical: string][] = [['abcnews.go.com', 'abcnews.com']];
const mbfcWithAliases = { ...mbfc, aliases: new Map([...mbfc.aliases, ...EXTRA_ALIASES]) };
const allsidesList = readAllsidesList(
  JSON.parse(readFileSync(at('allsides_ratings', 'allsides_url_ratings_2022-11.json'), 'utf8')),
);
const articleBias = await readJsonLines(
  at('article_bias_prediction', 'articles_2018-2020.jsonl.gz'),
  (a) => ({
    url: String(a.url),
    sourceName: String(a.source),
    value: String(a.bias_text),
    date: String(a.date).slice(0, 10),
  }),
);
const roundups = (
  await readJsonLines(at('allsides_roundups_neus', 'roundups_2021-04_to_2021-07.jsonl.gz'), roundupArticles)
).flat();

const { records, notes } = assembleRecords({
  mbfc: mbfcWithAliases,
  allsidesList: {
    items: allsidesList.items,
    info: {
      rater: 'allsides',
      dataset: 'allsides-2022',
      asOf: '2022-11',
      source:
        'https://github.com/waffer15/allsides-media-bias-chrome-extension/blob/d0e1f1585be0407dd604c05058a962d602cc5d32/bias-ratings.js',
    },
  },
  allsidesByName: {
    rows: parseCsvObjects(readFileSync(at('allsides_ratings', 'allsider_2019-10-18.csv'), 'utf8')),
    info: {
      rater: 'allsides',
      dataset: 'allsides-2019',
      asOf: '2019-10-18',
      source:
        'https://github.com/favstats/AllSideR/blob/48ccaf4481a7c5af5664ea3467d314a7d67d516d/data/allsides_data.csv',
    },
  },
  baly: (['emnlp18', 'acl2020'] as const).map((folder) => ({
    rows: readBalyCorpus(readFileSync(at('baly_media_reliability', folder, 'corpus.tsv'), 'utf8')),
    info: {
      rater: 'baly',
      dataset: folder === 'emnlp18' ? 'baly-2018' : 'baly-2020',
      asOf: folder === 'emnlp18' ? '2018' : '2020',
      source: `https://github.com/ramybaly/News-Media-Reliability/blob/28ab9b418e9e69e6105d52ddb61a4dfdd791a412/data/${folder}/corpus.tsv`,
    },
  })),
  media: {
    organizations: readMediaData(
      JSON.parse(readFileSync(at('rss_feeds', 'kagi_kite', 'media_data.json'), 'utf8')),
    ),
    info: {
      rater: 'kite',
      dataset: 'kite-media',
      asOf: '2026-05-12',
      source:
        'https://github.com/kagisearch/kite-public/tree/c4fc3b579c3bbdcce5277d1956347131283170e5 (media_data.json)',
    },
  },
  articleSets: [
    {
      articles: articleBias,
      info: {
        rater: 'allsides',
        dataset: 'allsides-articles',
        asOf: '2020',
        source:
          'https://github.com/ramybaly/Article-Bias-Prediction/tree/ced8111a720948e6a410e52031ace99c4e53f096',
      },
      describe: (r) =>
        `AllSides label (left/center/right) on ${r.count} of ${r.total} of its articles, ${r.first}…${r.last}, ` +
        'in Baly et al. 2020',
    },
    {
      articles: roundups,
      info: {
        rater: 'allsides',
        dataset: 'allsides-roundups',
        asOf: '2021',
        source: 'https://www.allsides.com/',
      },
      describe: (r) =>
        `AllSides rating shown with ${r.count} of ${r.total} of its articles in AllSides headline roundups, ` +
        `${r.first}…${r.last}`,
    },
  ],
  curated: {
    entries: readCuratedOwnership(JSON.parse(readFileSync(args.curated, 'utf8'))),
    rater: 'parallax',
    dataset: 'parallax-curated',
  },
});

const text = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
// Read back what is about to ship: a record the loader would refuse fails the build, not the product.
const registry = createRegistry(parseOutletLines(text, args.out));
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, text);

for (const note of [...allsidesList.skipped.map((s) => `allsides-2022: skipped ${s}`), ...notes]) {
  console.log(`note: ${note}`);
}
const outlets = registry.all();
console.log(
  JSON.stringify({
    outlets: outlets.length,
    rated: outlets.filter((o) => o.bias).length,
    withFactuality: outlets.filter((o) => o.factuality).length,
    withOwnership: outlets.filter((o) => o.ownership).length,
    flagged: outlets.filter((o) => o.flags.length > 0).length,
    bytes: Buffer.byteLength(text),
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  }),
);

async function readJsonLines<T>(path: string, map: (value: Record<string, unknown>) => T): Promise<T[]> {
  const out: T[] = [];
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') out.push(map(JSON.parse(line)));
  return out;
}

function roundupArticles(story: Record<string, unknown>): ArticleRating[] {
  const news = (story.news ?? {}) as Record<string, Record<string, unknown>>;
  const date = String(story.date).slice(0, 10);
  const link = typeof story.link === 'string' ? `https://www.allsides.com${story.link}` : undefined;
  return Object.values(news).flatMap((a): ArticleRating[] =>
    typeof a.newsLink === 'string' &&
    typeof a.stance_specific === 'string' &&
    typeof a.newsSource === 'string'
      ? [
          {
            url: a.newsLink,
            sourceName: a.newsSource,
            value: a.stance_specific,
            date,
            ...(link ? { link } : {}),
          },
        ]
      : [],
  );
}
