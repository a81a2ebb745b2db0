// Converts the labelled sets of ../shared/data into labelled streams (DESIGN §4) for `parallax eval cluster` and
// `parallax train cluster`. Splits are by date, so a model trained on `train` is measured on later days:
//   allsides/{train,test}.jsonl   AllSides roundups; test = roundups dated 2021-07-01 or later
//   uci/{train,test}/DAY.jsonl    UCI News Aggregator, one stream per UTC day; test = 2014-05-01 or later
//   basil/{train,test}.jsonl      BASIL triplets; test = 2017 or later
//   mmds/{dev,test}.jsonl         MMDS event clusters (test only if the file is present); never trained on
// Not used: the NeuS probe triplets (naacl2022_probe). 207 of their stories are 2021 roundups of this very set (by
// normalised title), so they very likely also hold the later roundups kept back for testing.
// Usage: node --import tsx scripts/build-labelled-streams.ts [--data ../shared/data] [--out .parallax/streams]
//          [--allsides-seed N]   (draws the AllSides articles' synthetic times; default 20210422, the shipped split)
//          [--allsides-times spread|url-days]   (how: 36 h before the roundup, the default; or the day the article's
//                                URL gives, else a day drawn from those, see labelled-streams/allsides-roundups.ts)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { eld } from 'eld/medium';
import { convertAllSidesRoundups } from './labelled-streams/allsides-roundups.ts';
import { convertBasil } from './labelled-streams/basil-triplets.ts';
import { convertMmds } from './labelled-streams/mmds-event-clusters.ts';
import { type StreamRecord, writeStream } from './labelled-streams/stream-record.ts';
import { convertUciDays, UCI_TEST_FROM } from './labelled-streams/uci-news-aggregator.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(ROOT, '../shared/data') },
    out: { type: 'string', default: resolve(ROOT, '.parallax/streams') },
    'allsides-seed': { type: 'string', default: '20210422' },
    'allsides-times': { type: 'string', default: 'spread' },
  },
});
const data = resolve(values.data!);
const out = resolve(values.out!);

const summary: { stream: string; articles: number; stories: number }[] = [];
function write(name: string, records: readonly StreamRecord[]): void {
  writeStream(join(out, name), records);
  summary.push({
    stream: name,
    articles: records.length,
    stories: new Set(records.map((r) => r.story)).size,
  });
}

const allsidesSeed = Number(values['allsides-seed']);
if (!Number.isInteger(allsidesSeed)) throw new Error('--allsides-seed must be an integer');
const allsidesTimes = values['allsides-times'];
if (allsidesTimes !== 'spread' && allsidesTimes !== 'url-days') {
  throw new Error('--allsides-times must be spread or url-days');
}
const allsides = convertAllSidesRoundups(join(data, 'allsides_roundups_neus'), allsidesSeed, allsidesTimes);
write('allsides/train.jsonl', allsides.train);
write('allsides/test.jsonl', allsides.test);

for (const [day, records] of convertUciDays(
  join(data, 'uci_news_aggregator/newsCorpora_2014-03_to_2014-05.tsv.gz'),
)) {
  write(`uci/${day < UCI_TEST_FROM ? 'train' : 'test'}/${day}.jsonl`, records);
}

const basil = convertBasil(join(data, 'basil_story_triplets/basil_articles.jsonl.gz'));
write('basil/train.jsonl', basil.train);
write('basil/test.jsonl', basil.test);

const detectLanguage = (text: string): string => eld.detect(text).language || 'und';
for (const split of ['dev', 'test']) {
  const file = join(data, `mmds2025_event_clusters/mds_ac_${split}_final.json.gz`);
  if (existsSync(file)) write(`mmds/${split}.jsonl`, convertMmds(file, split, detectLanguage));
}

for (const row of summary) {
  console.log(
    `${row.stream.padEnd(28)} ${String(row.articles).padStart(6)} articles ${String(row.stories).padStart(5)} stories`,
  );
}
console.log(`streams written under ${out}`);
