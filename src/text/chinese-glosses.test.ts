import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildChineseGlossary, chineseGlossary, glossChinese, glossWords } from './chinese-glosses.ts';

test('glossWords takes the content words of the first sense that means something', () => {
  assert.deepEqual(glossWords(['surname Huang', 'yellow']), ['yellow']);
  assert.deepEqual(glossWords(['variant of 綫|线[xian4]', 'line; thread']), ['line']);
  assert.deepEqual(glossWords(['to arrest (a suspect); to catch']), ['arrest']);
  assert.deepEqual(glossWords(['Democratic Republic of the Congo (DRC)']), [
    'democratic',
    'republic',
    'congo',
  ]);
  assert.deepEqual(glossWords(['CL:個|个[ge4]']), []);
});

test('buildChineseGlossary keeps words of two or more characters, in both scripts', () => {
  const glossary = buildChineseGlossary([
    { traditional: '地震', simplified: '地震', english: ['earthquake'] },
    { traditional: '墨西哥', simplified: '墨西哥', english: ['Mexico'] },
    { traditional: '這個', simplified: '这个', english: ['this; this one'] },
    { traditional: '震', simplified: '震', english: ['to shake'] },
  ]);
  assert.deepEqual(glossary.get('地震'), ['earthquake']);
  assert.deepEqual(glossary.get('這個'), [], 'a function word is known, with no gloss');
  assert.deepEqual(glossary.get('这个'), []);
  assert.equal(glossary.has('震'), false);
});

test('glossChinese cuts the longest dictionary words and keeps unknown stretches as character pairs', () => {
  const glossary = buildChineseGlossary([
    { traditional: '墨西哥', simplified: '墨西哥', english: ['Mexico'] },
    { traditional: '西哥', simplified: '西哥', english: ['west brother'] },
    { traditional: '地震', simplified: '地震', english: ['earthquake'] },
    { traditional: '這個', simplified: '这个', english: ['this'] },
  ]);
  assert.deepEqual(glossChinese('这个墨西哥地震', glossary), {
    words: ['mexico', 'earthquake'],
    unknown: [],
  });
  assert.deepEqual(glossChinese('菲奥娜在墨西哥', glossary), {
    words: ['mexico'],
    unknown: ['菲奥', '奥娜', '娜在'],
  });
  assert.deepEqual(glossChinese('震', glossary), { words: [], unknown: [] });
});

test('chineseGlossary reads CC-CEDICT: a real headline meets its English words', () => {
  const { words } = glossChinese('飓风菲奥娜袭击多米尼加共和国', chineseGlossary());
  for (const word of ['hurricane', 'dominican', 'republic']) assert.ok(words.includes(word), words.join(' '));
  assert.ok(chineseGlossary().size > 100_000);
});
