import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { convertAllSidesRoundups } from './allsides-roundups.ts';
import { urlPublicationDay } from './url-publication-day.ts';

const DIR = resolve(import.meta.dirname, '../../../shared/data/allsides_roundups_neus');
const skip = existsSync(DIR) ? false : 'needs ../shared/data beside the repository';
const HOUR = 3_600_000;

/** The US Eastern (daylight time) calendar day of an ISO time. */
const easternDay = (iso: string) => new Date(Date.parse(iso) - 4 * HOUR).toISOString().slice(0, 10);

test('allsides roundups: spread times fall in the 36 hours before the roundup, in publication order', {
  skip,
}, () => {
  const { train, test: held } = convertAllSidesRoundups(DIR);
  for (const stream of [train, held]) {
    const times = stream.map((r) => Date.parse(r.published!));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
  }
  assert.ok(
    held.every((r) => r.published! >= '2021-06-29'),
    'test roundups are from 2021-07-01 on',
  );
  assert.equal(train.length + held.length, 856);
});

test('allsides roundups: url-days puts a dated article on its URL day, before its roundup', { skip }, () => {
  const { train, test: held } = convertAllSidesRoundups(DIR, 20210422, 'url-days');
  const all = [...train, ...held];
  const dated = all.filter((r) => urlPublicationDay(r.url) !== undefined);
  assert.ok(dated.length > 300, `${dated.length} articles give a day in their URL`);
  let onUrlDay = 0;
  for (const r of dated) if (easternDay(r.published!) === urlPublicationDay(r.url)) onUrlDay += 1;
  // All but the few whose URL day is after their roundup's (those draw a day like undated ones).
  assert.ok(onUrlDay >= dated.length - 3, `${onUrlDay} of ${dated.length} on their URL day`);
  // The real days reach far back: a fact check of February in a July roundup.
  const earliest = held.map((r) => r.published!).sort()[0]!;
  assert.ok(earliest < '2021-06-01', `earliest test article ${earliest}`);
});

test('allsides roundups: the same seed draws the same times, another seed others', { skip }, () => {
  const once = convertAllSidesRoundups(DIR, 7, 'url-days').test.map((r) => r.published);
  const again = convertAllSidesRoundups(DIR, 7, 'url-days').test.map((r) => r.published);
  const other = convertAllSidesRoundups(DIR, 8, 'url-days').test.map((r) => r.published);
  assert.deepEqual(once, again);
  assert.notDeepEqual(once, other);
});

/** A roundup line shaped as the NeuS crawl writes it (two sides, bodies cut with "..."). */
const roundupLine = (id: number, date: string, title: string) =>
  JSON.stringify({
    id,
    issue: title,
    date,
    news: {
      left: {
        newsSource: 'CNN',
        newsTitle: `${title}, left`,
        newsLink: `https://www.cnn.com/${id}`,
        newBody: ['A...'],
      },
      right: {
        newsSource: 'Fox News',
        newsTitle: `${title}, right`,
        newsLink: `https://www.foxnews.com/${id}`,
      },
    },
  });

test('allsides roundups: the whole crawl beside the shipped months adds the later roundups, each read once; an undated one is named and left out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-roundups-'));
  const june = roundupLine(5700, '2021-06-20T09:00:00-07:00', 'Senate vote');
  const july = roundupLine(5900, '2021-07-20T09:00:00-07:00', 'Infrastructure deal');
  const september = roundupLine(6200, '2021-09-02T10:30:00-07:00', 'Texas abortion law');
  writeFileSync(join(dir, 'roundups_2021-04_to_2021-07.jsonl.gz'), gzipSync(`${july}\n${june}\n`));
  writeFileSync(
    join(dir, 'headline_11_2021-10-19_crawled_all.jsonl'),
    `${september}\n${july}\n${june}\n${roundupLine(6300, '', 'No date')}\n`,
  );
  writeFileSync(join(dir, 'PROVENANCE.md'), '# not a roundup file\n');

  const { train, test: held, undated } = convertAllSidesRoundups(dir);
  assert.deepEqual(undated, ['headline_11_2021-10-19_crawled_all.jsonl: 6300']);
  assert.deepEqual(
    train.map((r) => r.id),
    ['allsides-5700-left', 'allsides-5700-right'].sort(),
  );
  assert.deepEqual(held.map((r) => r.story).sort(), [
    'allsides-5900',
    'allsides-5900',
    'allsides-6200',
    'allsides-6200',
  ]);
  assert.equal(new Set(held.map((r) => r.id)).size, held.length, 'no article twice');
});
