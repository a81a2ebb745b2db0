// Converts the labelled sets of ../shared/data into labelled streams (DESIGN §4) for `parallax eval cluster` and
// `parallax train cluster`. Splits are by date, so a model trained on `train` is measured on later days:
//   allsides/{train,test}.jsonl   AllSides roundups; test = roundups dated 2021-07-01 or later
//   uci/{train,test}/DAY.jsonl    UCI News Aggregator, one stream per UTC day; test = 2014-05-01 or later
//   basil/{train,test}.jsonl      BASIL triplets; test = 2017 or later
//   mmds/SPLIT.jsonl              MMDS event clusters (dev, and test when present); never trained on
//   allsides/{train,test}-days.jsonl, allsides/{train,test}-busy{4,8}.jsonl, basil/{train,test}-days.jsonl
//                                 the same stories dated by the day only (midnight UTC), as archives and the demo
//                                 snapshot date articles; busyN: N periods of roundups laid over one another, N times
//                                 as many stories a day, as on a busy news day (scripts/labelled-streams/busy-days.ts)
// Every set found is converted and a missing one is skipped, so later labelled days laid out the same way (a further
// roundups file or NeuS's whole crawl, headline_11_2021-10-19_crawled_all.jsonl — a roundup in two files is read once —,
// the full newsCorpora.csv, an MMDS test file) convert with the same command.
// Not used: the NeuS probe triplets (naacl2022_probe). 207 of their stories are 2021 roundups of this very set (by
// normalised title), so they very likely also hold the later roundups kept back for testing.
//
// Usage: node --import tsx scripts/build-labelled-streams.ts [options]
//   --data DIR              the labelled sets (default ../shared/data)
//   --out DIR               where the streams go (default .parallax/streams)
//   --allsides-seed N       draws the AllSides articles' synthetic times (default 20210422, the shipped split)
//   --allsides-times MODE   spread: in the 36 hours before the roundup (default); url-days: the day the article's
//                           URL gives, else a day drawn from the training roundups' dated articles
//   -h, --help              this text
import { join, resolve } from 'node:path';
import { eld } from 'eld/medium';
import { exitWithUsageError, parseScriptArgs } from './script-args.ts';
import { convertAllSidesRoundups } from './labelled-streams/allsides-roundups.ts';
import { convertBasil } from './labelled-streams/basil-triplets.ts';
import { asBusyDays } from './labelled-streams/busy-days.ts';
import { convertMmds } from './labelled-streams/mmds-event-clusters.ts';
import { findLabelledSources } from './labelled-streams/source-files.ts';
import { type StreamRecord, writeStream } from './labelled-streams/stream-record.ts';
import { convertUciDays, UCI_TEST_FROM } from './labelled-streams/uci-news-aggregator.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Periods of roundups laid over one another in the busy streams of days. */
const BUSY_PERIODS = [4, 8];
const values = parseScriptArgs(import.meta.filename, {
  options: {
    data: { type: 'string', default: resolve(ROOT, '../shared/data') },
    out: { type: 'string', default: resolve(ROOT, '.parallax/streams') },
    'allsides-seed': { type: 'string', default: '20210422' },
    'allsides-times': { type: 'string', default: 'spread' },
  },
}).values;

function fail(message: string): never {
  return exitWithUsageError(import.meta.filename, message);
}

const allsidesSeed = Number(values['allsides-seed']);
if (!Number.isInteger(allsidesSeed))
  fail(`--allsides-seed must be an integer, not "${values['allsides-seed']}"`);
const allsidesTimes = values['allsides-times'];
if (allsidesTimes !== 'spread' && allsidesTimes !== 'url-days') {
  fail(`--allsides-times must be spread or url-days, not "${allsidesTimes}"`);
}
const data = resolve(values.data!);
const out = resolve(values.out!);
const sources = findLabelledSources(data);
if (!sources.allsides && sources.uci.length === 0 && !sources.basil && sources.mmds.length === 0) {
  fail(`no labelled set found under ${data}`);
}

const summary: { stream: string; articles: number; stories: number }[] = [];
function write(name: string, records: readonly StreamRecord[]): void {
  if (records.length === 0) return;
  writeStream(join(out, name), records);
  summary.push({
    stream: name,
    articles: records.length,
    stories: new Set(records.map((r) => r.story)).size,
  });
}
const skipped = (set: string) => console.log(`${set.padEnd(28)} skipped: not under ${data}`);

try {
  if (sources.allsides) {
    const allsides = convertAllSidesRoundups(sources.allsides, allsidesSeed, allsidesTimes);
    write('allsides/train.jsonl', allsides.train);
    write('allsides/test.jsonl', allsides.test);
    const roundupDay = (r: StreamRecord) => allsides.roundupDay.get(r.story)!;
    for (const split of ['train', 'test'] as const) {
      write(`allsides/${split}-days.jsonl`, asBusyDays(allsides[split], roundupDay));
      for (const periods of BUSY_PERIODS) {
        write(`allsides/${split}-busy${periods}.jsonl`, asBusyDays(allsides[split], roundupDay, periods));
      }
    }
    if (allsides.undated.length > 0) {
      console.error(
        `allsides: left out ${allsides.undated.length} roundups without a valid date (${allsides.undated.join(', ')})`,
      );
    }
  } else skipped('allsides');

  if (sources.uci.length > 0) {
    for (const [day, records] of convertUciDays(sources.uci)) {
      write(`uci/${day < UCI_TEST_FROM ? 'train' : 'test'}/${day}.jsonl`, records);
    }
  } else skipped('uci');

  if (sources.basil) {
    const basil = convertBasil(sources.basil);
    write('basil/train.jsonl', basil.train);
    write('basil/test.jsonl', basil.test);
    // BASIL gives days; its streams carry a seeded time of day on them, which this takes off again.
    const basilDay = (r: StreamRecord) => r.published!.slice(0, 10);
    write('basil/train-days.jsonl', asBusyDays(basil.train, basilDay));
    write('basil/test-days.jsonl', asBusyDays(basil.test, basilDay));
  } else skipped('basil');

  const detectLanguage = (text: string): string => eld.detect(text).language || 'und';
  for (const { split, path } of sources.mmds)
    write(`mmds/${split}.jsonl`, convertMmds(path, split, detectLanguage));
  if (sources.mmds.length === 0) skipped('mmds');
} catch (error) {
  console.error(`build-labelled-streams: ${(error as Error).message}`);
  process.exit(1);
}

for (const row of summary) {
  console.log(
    `${row.stream.padEnd(28)} ${String(row.articles).padStart(6)} articles ${String(row.stories).padStart(5)} stories`,
  );
}
console.log(`streams written under ${out}`);
