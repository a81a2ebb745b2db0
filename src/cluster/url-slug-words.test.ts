import assert from 'node:assert/strict';
import { test } from 'node:test';
import { urlSlugWords } from './url-slug-words.ts';

test('urlSlugWords reads the words of a dated slug, dropping numbers and page words', () => {
  assert.deepEqual(
    urlSlugWords('https://www.cnn.com/2021/04/21/us/ohio-columbus-police-shooting-15-year-old/index.html'),
    ['ohio', 'columbus', 'police', 'shooting', 'year', 'old'],
  );
});

test('urlSlugWords drops the hexadecimal ids that sites append to slugs', () => {
  assert.deepEqual(
    urlSlugWords(
      'https://apnews.com/article/joe-biden-donald-trump-climate-change-summits-d27b869add251860acc82f58e2750fd7',
    ),
    ['joe', 'biden', 'donald', 'trump', 'climate', 'change', 'summits'],
  );
  assert.deepEqual(
    urlSlugWords(
      'https://www.axios.com/biden-foreign-trip-uk-brussels-50676cf0-ab71-4cd1-b4bb-436d54eb71a5.html',
    ),
    ['biden', 'foreign', 'trip', 'brussels'],
  );
});

test('urlSlugWords takes the longest hyphenated segment, not sections or authors', () => {
  assert.deepEqual(
    urlSlugWords(
      'http://www.huffingtonpost.co.uk/lord-mervyn-davies/astrazeneca-pfizer-leaving-it-to-sharedholders-not-enough_b_5259065.html',
    ),
    ['astrazeneca', 'pfizer', 'leaving', 'sharedholders', 'not', 'enough'],
  );
  assert.deepEqual(
    urlSlugWords(
      'http://www.washingtonpost.com/business/economy/business-news-astrazeneca-rejects-pfizers-takeover-bid/2014/05/02/c81867fe-d23d-11e3-a6b1-45c4dffb85a6_story.html',
    ),
    ['business', 'astrazeneca', 'rejects', 'pfizers', 'takeover', 'bid'],
  );
});

test('urlSlugWords gives nothing for URLs without a slug, query-string slugs, or unreadable URLs', () => {
  assert.deepEqual(
    urlSlugWords('http://www.moberlymonitor.com/article/20140502/NEWS/140509664/1994/NEWS'),
    [],
  );
  assert.deepEqual(urlSlugWords('https://example.com/article?title=a-long-query-slug'), []);
  assert.deepEqual(urlSlugWords('not a url'), []);
  assert.deepEqual(urlSlugWords('https://example.com/%E0%A4%A-broken-escape-here'), []);
  assert.deepEqual(urlSlugWords(undefined), []);
});

test('urlSlugWords decodes escaped letters and keeps words in other scripts', () => {
  assert.deepEqual(
    urlSlugWords('https://www.spiegel.de/politik/m%C3%BCnchen-stadtrat-beschlie%C3%9Ft-haushalt'),
    ['münchen', 'stadtrat', 'beschließt', 'haushalt'],
  );
});

test('urlSlugWords reads a backslash as a slash, as browsers do, and stops at the query', () => {
  assert.deepEqual(
    urlSlugWords(
      'http://www.vulture.com/2014/05/watch-the-very-strange-sketch-cut-from-snl.html\\?mid=googlenews',
    ),
    ['watch', 'the', 'very', 'strange', 'sketch', 'cut', 'from', 'snl'],
  );
  assert.deepEqual(urlSlugWords('https://example.com#frag-with-many-words'), []);
  assert.deepEqual(urlSlugWords('/relative/path-with-many-words'), [], 'not an absolute URL');
});
