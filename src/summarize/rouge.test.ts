import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { porterStem } from './porter-stem.ts';
import { lcsLength, rougeTokens, scoreRouge } from './rouge.ts';

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('rougeTokens lower-cases, splits on non-alphanumerics and stems only words longer than 3', () => {
  assert.deepEqual(rougeTokens("The U.S. isn't ready: lazy dogs ran"), [
    'the',
    'u',
    's',
    'isn',
    't',
    'readi',
    'lazi',
    'dog',
    'ran',
  ]);
});

test('scoreRouge matches hand-computed ROUGE-1, ROUGE-2 and ROUGE-L', () => {
  // target: the quick brown fox jump over the lazi dog (9); prediction: the quick brown dog jump on the log (8)
  const s = scoreRouge(
    'The quick brown fox jumps over the lazy dog',
    'The quick brown dog jumps on the log.',
  );
  close(s.rouge1.precision, 6 / 8);
  close(s.rouge1.recall, 6 / 9);
  close(s.rouge1.f1, 12 / 17);
  close(s.rouge2.precision, 2 / 7);
  close(s.rouge2.recall, 2 / 8);
  close(s.rouge2.f1, 4 / 15);
  // LCS "the quick brown jump the" = 5
  close(s.rougeL.f1, 50 / 85);
});

test('scoreRouge is 0 for empty text and 1 for identical text', () => {
  assert.equal(scoreRouge('', 'anything').rouge1.f1, 0);
  assert.equal(scoreRouge('some words', '').rougeL.f1, 0);
  const same = scoreRouge('Biden signs the bill.', 'biden SIGNS the bill');
  assert.deepEqual([same.rouge1.f1, same.rouge2.f1, same.rougeL.f1], [1, 1, 1]);
});

test('lcsLength finds the longest common subsequence', () => {
  assert.equal(lcsLength(['a', 'b', 'c', 'd'], ['b', 'd', 'c']), 2);
  assert.equal(lcsLength([], ['a']), 0);
});

test('porterStem agrees with NLTK PorterStemmer on 2,001 news words', () => {
  // testdata/porter-nltk.tsv: every 10th word (length > 3) of the NeuS probe vocabulary with the stem that
  // nltk 3.8 PorterStemmer() (NLTK_EXTENSIONS) gives it.
  const rows = readFileSync(new URL('testdata/porter-nltk.tsv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const wrong = rows
    .map((row) => row.split('\t') as [string, string])
    .filter(([word, expected]) => porterStem(word) !== expected);
  assert.equal(rows.length, 2001);
  assert.deepEqual(wrong, []);
  assert.deepEqual(['news', 'monday', 'trying', 'ties', 'generously', 'dying'].map(porterStem), [
    'news',
    'monday',
    'tri',
    'tie',
    'gener',
    'die',
  ]);
});
