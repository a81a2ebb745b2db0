import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanWords } from './scan-words.ts';

const lower = (text: string) => scanWords(text).map((w) => w.lower);

test('scanWords: a number with thousands separators is one word without them, as other styles write it', () => {
  // "1,300" used to give "1" and "300", so 1,300 and 2,300 arrests shared a number and 逾1300人 shared none.
  assert.deepEqual(lower('More than 1,300 arrests; 12,345,678 votes'), [
    'more',
    'than',
    '1300',
    'arrests',
    '12345678',
    'votes',
  ]);
  assert.deepEqual(
    lower('ratios 1,23 and 1,2345'),
    ['ratios', '1', '23', 'and', '1', '2345'],
    'not thousands groups',
  );
  assert.deepEqual(lower('Paris, France, 3.5% of covid-19 cases'), [
    'paris',
    'france',
    '3.5',
    'of',
    'covid',
    '19',
    'cases',
  ]);
  assert.deepEqual(
    scanWords('Over 1,300 held').map((w) => [w.word, w.index]),
    [
      ['Over', 0],
      ['1,300', 5],
      ['held', 11],
    ],
    'the word as written and where it starts',
  );
});

test('scanWords: a hyphenated compound is its parts; abbreviations, apostrophes and ampersands stay whole', () => {
  // Real AllSides headlines: "5 Things To Watch At The Biden-Putin Summit" must share "biden" and "putin" with
  // "Biden, Putin Discuss Prickly Issues During First Summit", and "pro-Trump" its "trump" with "Trump".
  assert.deepEqual(lower('5 Things To Watch At The Biden-Putin Summit'), [
    '5',
    'things',
    'to',
    'watch',
    'at',
    'the',
    'biden',
    'putin',
    'summit',
  ]);
  assert.deepEqual(lower("Pro-Trump rally near AT&T's U.S.-China office, O'Rourke says"), [
    'pro',
    'trump',
    'rally',
    'near',
    'at&t',
    'u.s',
    'china',
    'office',
    "o'rourke",
    'says',
  ]);
  assert.deepEqual(
    scanWords('Biden-Putin').map((w) => [w.word, w.index]),
    [
      ['Biden', 0],
      ['Putin', 6],
    ],
  );
});
