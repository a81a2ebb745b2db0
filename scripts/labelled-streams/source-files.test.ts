import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { findLabelledSources } from './source-files.ts';
import { convertUciDays } from './uci-news-aggregator.ts';

// Rows shaped as the UCI News Aggregator writes them: ID, TITLE, URL, PUBLISHER, CATEGORY, STORY, HOSTNAME,
// TIMESTAMP (ms), tab-separated (the original file is named .csv all the same).
const row = (id: number, title: string, story: string, ms: number) =>
  [
    id,
    title,
    `http://www.latimes.com/business/la-fi-${id}.story?track=rss`,
    'Los Angeles Times',
    'b',
    story,
    'www.latimes.com',
    ms,
  ].join('\t');
const MARCH_10 = 1394470370698; // 2014-03-10T16:52:50Z
const MAY_10 = 1399687036969; // 2014-05-10T01:57:16Z

function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'parallax-sets-'));
}

test('labelled sources: finds each set where ../shared/data keeps it, and leaves out the missing ones', () => {
  const data = dataDir();
  mkdirSync(join(data, 'uci_news_aggregator'));
  writeFileSync(join(data, 'uci_news_aggregator/newsCorpora_2014-03_to_2014-05.tsv.gz'), gzipSync(''));
  writeFileSync(join(data, 'uci_news_aggregator/newsCorpora.csv'), '');
  writeFileSync(join(data, 'uci_news_aggregator/PROVENANCE.md'), '');
  mkdirSync(join(data, 'mmds2025_event_clusters'));
  writeFileSync(join(data, 'mmds2025_event_clusters/mds_ac_dev_final.json.gz'), gzipSync('{}'));
  writeFileSync(join(data, 'mmds2025_event_clusters/mds_ac_test_final.json'), '{}');
  mkdirSync(join(data, 'allsides_roundups_neus'));
  writeFileSync(join(data, 'allsides_roundups_neus/PROVENANCE.md'), '');

  const found = findLabelledSources(data);
  assert.deepEqual(
    found.uci.map((path) => path.slice(data.length + 1)),
    ['uci_news_aggregator/newsCorpora.csv', 'uci_news_aggregator/newsCorpora_2014-03_to_2014-05.tsv.gz'],
  );
  assert.deepEqual(
    found.mmds.map(({ split }) => split),
    ['dev', 'test'],
  );
  assert.equal(found.allsides, undefined, 'a directory without a .jsonl file holds no roundups');
  assert.equal(found.basil, undefined);
  assert.deepEqual(findLabelledSources(join(data, 'nowhere')), {
    allsides: undefined,
    uci: [],
    basil: undefined,
    mmds: [],
  });
});

test('uci days: a later table beside the shipped one adds its days, and a repeated id is kept once', () => {
  const data = dataDir();
  const shipped = join(data, 'newsCorpora_2014-03_to_2014-05.tsv.gz');
  const later = join(data, 'newsCorpora.csv');
  writeFileSync(
    shipped,
    gzipSync(`${row(1, 'Fed official says weak data caused by weather', 'dA', MARCH_10)}\n`),
  );
  writeFileSync(
    later,
    [
      'ID\tTITLE\tURL\tPUBLISHER\tCATEGORY\tSTORY\tHOSTNAME\tTIMESTAMP',
      row(1, 'Fed official says weak data caused by weather', 'dA', MARCH_10),
      row(200300, 'Airliner nearly hit drone', 'dB', MAY_10),
      '',
    ].join('\r\n'),
  );
  const days = convertUciDays([shipped, later]);
  assert.deepEqual([...days.keys()], ['2014-03-10', '2014-05-10']);
  assert.deepEqual(
    days.get('2014-03-10')!.map((r) => r.id),
    ['uci-1'],
  );
  const [drone] = days.get('2014-05-10')!;
  assert.equal(drone!.story, 'uci-dB');
  assert.equal(drone!.published, null, 'the fetch time would leak the answer');
});

test('uci days: a row without its timestamp is an error that names the file and line', () => {
  const data = dataDir();
  const path = join(data, 'newsCorpora.csv');
  writeFileSync(
    path,
    `${row(1, 'Fed official says weak data caused by weather', 'dA', MARCH_10)}\n2\tA title\thttp://x\tP\tb\tdB\n`,
  );
  assert.throws(() => convertUciDays(path), /newsCorpora\.csv:2: not ID, TITLE/);
});
