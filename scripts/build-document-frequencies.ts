// Builds data/cluster/document-frequencies.json, the IDF prior the clusterer starts from (cold start), from
// public corpora in ../shared/data, using only data before every test split:
//   - UCI News Aggregator headlines of the training days (before 2014-05-01);
//   - article_bias_prediction titles and leads (AllSides-linked articles, 2018-2020).
// It also holds a names lexicon: words capitalised in most of their mid-sentence uses in the article_bias_prediction
// bodies and the sentence-case UCI training headlines, which lets the clusterer find names in Title Case headlines. Only counts and single words are written
// (no text). Usage:
//   node --import tsx scripts/build-document-frequencies.ts [--data ../shared/data] [--out data/cluster/document-frequencies.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_SETTINGS } from '../src/cluster/cluster-model.ts';
import { CapitalizationCounter, isTitleCase } from '../src/cluster/capitalization-lexicon.ts';
import { countDocumentFrequencies, toDocumentFrequencyFile } from '../src/cluster/document-frequencies.ts';
import type { ClusterInput } from '../src/cluster/types.ts';
import { makeLead } from '../src/text/index.ts';
import { UCI_TEST_FROM } from './labelled-streams/uci-news-aggregator.ts';
import { parseScriptArgs } from './script-args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseScriptArgs(import.meta.filename, {
  options: {
    data: { type: 'string', default: resolve(ROOT, '../shared/data') },
    out: { type: 'string', default: resolve(ROOT, 'data/cluster/document-frequencies.json') },
    'min-count': { type: 'string', default: '3' },
    /** Only UCI days before this one (default: the test split's first day). */
    'uci-before': { type: 'string', default: UCI_TEST_FROM },
  },
});
const data = resolve(values.data!);
const gunzip = (path: string) => gunzipSync(readFileSync(join(data, path))).toString('utf8');

function* uciHeadlines(): Generator<ClusterInput> {
  for (const line of gunzip('uci_news_aggregator/newsCorpora_2014-03_to_2014-05.tsv.gz').split('\n')) {
    const [id, title, , , , , , timestamp] = line.split('\t');
    if (!id || !title || !timestamp) continue;
    if (new Date(Number(timestamp)).toISOString().slice(0, 10) >= values['uci-before']!) continue;
    yield { id, title, text: '', published: null };
  }
}

const biasLines = gunzip('article_bias_prediction/articles_2018-2020.jsonl.gz')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { ID: string; title: string; content_original?: string });

function* biasArticles(): Generator<ClusterInput> {
  for (const a of biasLines)
    yield { id: a.ID, title: a.title, text: makeLead(a.content_original ?? ''), published: null };
}

const capitals = new CapitalizationCounter();
for (const a of biasLines) capitals.addText(a.content_original ?? '');
// Headlines in sentence case add the names of entertainment, business and science news; Title Case ones say nothing.
for (const { title } of uciHeadlines()) if (!isTitleCase(title)) capitals.addText(title);
const names = capitals.names(5, 0.6);

function* all(): Generator<ClusterInput> {
  yield* uciHeadlines();
  yield* biasArticles();
}

const counted = countDocumentFrequencies(all(), DEFAULT_SETTINGS.bodyWords, new Set(names));
const file = toDocumentFrequencyFile(
  counted,
  Number(values['min-count']),
  [
    `UCI News Aggregator headlines before ${values['uci-before']} (CC BY 4.0, F. Gasparetti)`,
    'article_bias_prediction titles, leads and (names lexicon) bodies 2018-2020 (Baly et al. 2020, Apache-2.0 repository)',
  ],
  names,
);
writeFileSync(resolve(values.out!), `${JSON.stringify(file)}\n`);
console.log(
  `${file.documents} documents: ${Object.keys(file.stems).length} stems, ` +
    `${Object.keys(file.entities).length} name terms (df >= ${file.minCount}), ${names.length} lexicon names -> ${values.out}`,
);
