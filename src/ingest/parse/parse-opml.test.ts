import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { IngestError } from '../ingest-error.ts';
import { parseOpml } from './parse-opml.ts';
import { renderOpml } from './render-opml.ts';

const SHARED_OPML = join(
  import.meta.dirname,
  '../../../../shared/data/rss_feeds/awesome_rss_feeds/countries/United_States.opml',
);

test('parseOpml reads a real OPML 1.0 export with folders', { skip: !existsSync(SHARED_OPML) }, () => {
  const feeds = parseOpml(readFileSync(SHARED_OPML));
  assert.ok(feeds.length >= 5);
  assert.deepEqual(feeds[1], {
    url: 'https://rss.nytimes.com/services/xml/rss/nyt/HomePage.xml',
    title: 'NYT > Top Stories',
    category: 'United States',
  });
});

test('renderOpml and parseOpml round-trip feeds with categories and awkward characters', () => {
  const feeds = [
    { url: 'https://a.example/feed?x=1&y=2', title: 'A & B "news" <daily>', siteUrl: 'https://a.example/' },
    { url: 'https://b.example/rss', title: 'Bee', category: 'Science' },
    { url: 'https://c.example/atom.xml', category: 'Science' },
  ];
  const text = renderOpml(feeds, { title: 'Mine', now: new Date('2024-06-04T00:00:00Z') });
  assert.match(text, /<opml version="2.0">/);
  assert.deepEqual(parseOpml(text), [
    feeds[0],
    feeds[1],
    { url: 'https://c.example/atom.xml', title: 'https://c.example/atom.xml', category: 'Science' },
  ]);
});

test('parseOpml skips outlines without an http(s) feed URL and repeats', () => {
  const text = `<?xml version="1.0"?><opml version="1.0"><head/><body>
    <outline text="Folder"><outline text="x" xmlUrl="javascript:alert(1)"/>
    <outline text="ok" xmlUrl="https://ok.example/feed"/><outline text="again" xmlUrl="https://ok.example/feed"/></outline>
  </body></opml>`;
  assert.deepEqual(parseOpml(text), [{ url: 'https://ok.example/feed', title: 'ok', category: 'Folder' }]);
});

test('parseOpml refuses what is not OPML', () => {
  assert.throws(
    () => parseOpml('<rss version="2.0"><channel/></rss>'),
    (e) => e instanceof IngestError && e.kind === 'parse',
  );
});

test('parseOpml reads a real export whose description breaks XML quoting (awesome-rss-feeds Startups.opml)', () => {
  const feeds = parseOpml(readFileSync(join(import.meta.dirname, '..', 'testdata', 'broken-quotes.opml')));
  assert.deepEqual(
    feeds.map((f) => [f.title, f.url, f.category]),
    [
      ['Steve Blank', 'https://steveblank.com/feed/', 'Startups'],
      ['The Startup Junkies Podcast', 'https://startupjunkie.libsyn.com/rss', 'Startups'],
      ['The Tim Ferriss Show', 'https://rss.art19.com/tim-ferriss-show', 'Startups'],
      ['blog – Feld Thoughts', 'https://feld.com/archives/tag/blog/feed', 'Startups'],
    ],
  );
});

test('parseOpml reads a broken file of outline tags without ">" in one pass', () => {
  const hostile = `<opml version="1.0"><body>${'<outline '.repeat(200_000)}<outline xmlUrl="https://a.example/feed" text="A"/></body></opml>`;
  // The lenient reader's tag pattern read such a file to its end at every "<": 360 kB took 3 s.
  assert.deepEqual(
    parseOpml(hostile).map((f) => f.url),
    ['https://a.example/feed'],
  );
});

test('renderOpml of no feeds is a document with an empty body, which parses to no feeds', () => {
  const text = renderOpml([], { title: 'Mine', now: new Date('2024-06-04T00:00:00Z') });
  assert.match(text, /<title>Mine<\/title>/);
  assert.match(text, /<body\/>/);
  assert.deepEqual(parseOpml(text), []);
});
