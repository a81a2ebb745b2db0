import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle, articleLanguage } from './analyze-article.ts';

test('articleLanguage: the declared primary tag, else Chinese or Japanese by script, else unknown', () => {
  assert.equal(articleLanguage('en-US', []), 'en');
  assert.equal(articleLanguage('FIL', []), 'fil');
  assert.equal(articleLanguage('und', ['gempa', 'bumi']), '', 'undetermined is unknown');
  assert.equal(articleLanguage(undefined, ['墨西哥发生强烈地震', '2']), 'zh');
  assert.equal(articleLanguage(undefined, ['東京で地震が発生']), 'ja');
  assert.equal(articleLanguage(undefined, ['gempa', 'bumi', 'kuat']), '');
});

test('analyzeArticle reads Chinese as English glosses, numbers apart, unknown names as character pairs', () => {
  const article = analyzeArticle(
    {
      id: 'zh',
      title: '墨西哥发生强烈地震 至少2人死亡',
      text: '墨西哥西部星期一（9月19日）发生7.6级强烈地震。死者在港口曼萨尼约（Manzanillo）。',
      published: null,
    },
    120,
  );
  assert.equal(article.language, 'zh');
  for (const stem of ['mexico', 'earthquak', 'die']) assert.ok(article.title.stems.includes(stem), stem);
  for (const stem of ['19', '7.6', 'port', 'manzanillo', '曼萨', '萨尼']) {
    assert.ok(article.body.stems.includes(stem), `${stem} in ${article.body.stems.join(' ')}`);
  }
  assert.ok(!article.body.stems.includes('9日'), 'no pairs across a number and a character');
});

test('analyzeArticle keeps character pairs for Japanese and Korean runs', () => {
  const article = analyzeArticle(
    { id: 'ko', title: '지진 발생했다', text: '', published: null, lang: 'ko' },
    120,
  );
  assert.deepEqual(article.title.stems, ['지진', '발생', '생했', '했다']);
  assert.equal(article.language, 'ko');
});

test('analyzeArticle adds the words of the URL slug that the title lacks to the title, once, as stems only', () => {
  const input = {
    id: 'dc',
    title: 'Senate Passes Sweeping Bill Aiming To Crack Down On Hate Crimes',
    text: '',
    published: null,
  };
  const plain = analyzeArticle(input, 120);
  const withUrl = analyzeArticle(
    {
      ...input,
      url: 'https://dailycaller.com/2021/04/22/senate-passes-covid-19-hate-crimes-act-mazie-hirono/',
    },
    120,
  );
  const added = withUrl.title.stems.filter((s) => !plain.title.stems.includes(s));
  assert.deepEqual(added, ['covid', 'act', 'mazi', 'hirono']);
  assert.equal(withUrl.title.stems.filter((s) => s === 'senat').length, 1, 'a word in both counts once');
  assert.deepEqual(
    withUrl.title.entities,
    plain.title.entities,
    'without a names lexicon no slug word is a name',
  );
  const named = analyzeArticle(
    {
      ...input,
      url: 'https://dailycaller.com/2021/04/22/senate-passes-covid-19-hate-crimes-act-mazie-hirono/',
    },
    120,
    new Set(['hirono', 'senate']),
  );
  assert.ok(named.title.entities.includes('hirono'), 'a slug word the lexicon knows is a name');
  assert.ok(!named.title.entities.includes('covid'));
  assert.equal(named.title.entities.filter((e) => e === 'senate').length, 1, 'a name in both counts once');
  assert.deepEqual(withUrl.words, plain.words, 'near-duplicate shingles see the title only');
  assert.equal(withUrl.surface.get('hirono'), 'hirono');
});

test('analyzeArticle drops Malay and Indonesian function words in text of those languages only', () => {
  // Berita Harian's and a Jakarta paper's openings (MMDS 2025 shapes): without the list, "yang", "dan", "untuk" weigh
  // as rare words under an English IDF and make any two Malay reports look alike.
  const malay = analyzeArticle(
    {
      id: 'ms',
      title: 'DPM Wong, PM Modi bincang kerjasama India-Singapura',
      text: 'Timbalan Perdana Menteri Lawrence Wong berkata bahawa kedua-dua negara akan meneroka bidang yang baru dan untuk tenaga bersih.',
      published: null,
      lang: 'ms',
    },
    120,
  );
  const body = malay.body.stems;
  for (const word of ['yang', 'dan', 'untuk', 'bahawa', 'akan']) assert.ok(!body.includes(word), word);
  for (const stem of ['wong', 'energi', 'bersih'])
    assert.ok(body.includes(stem), `${stem} in ${body.join(' ')}`);
  const indonesian = analyzeArticle(
    {
      id: 'id',
      title: 'Bank Indonesia menahan suku bunga acuan',
      text: 'Keputusan itu sesuai dengan perkiraan.',
      published: null,
      lang: 'id',
    },
    120,
  );
  assert.ok(!indonesian.body.stems.includes('dengan'));
  const english = analyzeArticle(
    {
      id: 'en',
      title: 'Dan Crenshaw backs ADA expansion',
      text: 'Rep. Dan Crenshaw said the ADA should cover more.',
      published: null,
      lang: 'en',
    },
    120,
  );
  for (const stem of ['dan', 'ada']) assert.ok(english.title.stems.includes(stem), `English keeps "${stem}"`);
});

test('analyzeArticle compares Malay words the glossary lists by their English stems, in Malay text only', () => {
  const malay = analyzeArticle(
    { id: 'ms', title: 'Empat maut, Taufan Nanmadol badai Jepun', text: '', published: null, lang: 'ms' },
    120,
  );
  const english = analyzeArticle(
    {
      id: 'en',
      title: 'Four feared dead after Typhoon Nanmadol hits Japan',
      text: '',
      published: null,
      lang: 'en',
    },
    120,
  );
  for (const stem of ['four', 'dead', 'typhoon', 'nanmadol', 'japan']) {
    assert.ok(malay.title.stems.includes(stem), `${stem} in ${malay.title.stems.join(' ')}`);
    assert.ok(english.title.stems.includes(stem), `${stem} in ${english.title.stems.join(' ')}`);
  }
  assert.deepEqual(
    malay.words.slice(0, 3),
    ['empat', 'maut', 'taufan'],
    'the words themselves stay for shingles',
  );
  const notMalay = analyzeArticle(
    { id: 'x', title: 'Empat maut', text: '', published: null, lang: 'en' },
    120,
  );
  assert.deepEqual(notMalay.title.stems, ['empat', 'maut']);
});

test('analyzeArticle reads a British and an American report of one event in the same words', () => {
  const british = analyzeArticle(
    {
      id: 'uk',
      title: 'Defence secretary criticised over coronavirus programme for armed forces',
      text: 'The organisation said the programme was centred on hospitalised personnel.',
      published: null,
      url: 'https://www.example.co.uk/news/defence-coronavirus-programme-criticised',
      lang: 'en',
    },
    120,
  );
  const american = analyzeArticle(
    {
      id: 'us',
      title: 'Defense secretary criticized over COVID program for armed forces',
      text: 'The organization said the program was centered on hospitalized personnel.',
      published: null,
      lang: 'en',
    },
    120,
  );
  assert.deepEqual(british.title.stems, american.title.stems);
  assert.deepEqual(british.body.stems, american.body.stems);
  assert.equal(
    british.surface.get(british.title.stems[0]!),
    'defence',
    'explanations show the words as written',
  );
});

test('analyzeArticle reads a lead without its agency mark and photo credit, so an agency or a photographer is no shared term', () => {
  const article = analyzeArticle(
    {
      id: 'dateline',
      title: 'Senate confirms Barr as attorney general',
      // Real shapes from the demo snapshot: a caption run in before its credit, then a Reuters dateline.
      text:
        'Barr testifies before the Senate Judiciary Committee (Joshua Roberts/Reuters) ' +
        'WASHINGTON (Reuters) - The U.S. Senate on Thursday confirmed William Barr as attorney general. ' +
        'He takes over the department.',
      published: null,
    },
    120,
  );
  const terms = [...article.body.stems, ...article.body.entities];
  for (const furniture of ['reuters', 'joshua', 'robert']) assert.ok(!terms.includes(furniture), furniture);
  for (const word of ['barr', 'senat', 'confirm', 'depart', 'testifi', 'washington'])
    assert.ok(article.body.stems.includes(word), word);
  assert.ok(!article.words.includes('reuters'), 'near-duplicate shingles skip the mark too');
});

test('analyzeArticle counts its lead words after the marks are gone', () => {
  const article = analyzeArticle(
    {
      id: 'cut',
      title: 'T',
      text: 'LONDON (Reuters) - Brexit talks stall again over fishing rights',
      published: null,
    },
    3,
  );
  assert.deepEqual(article.body.stems, ['london', 'brexit', 'talk']);
});
