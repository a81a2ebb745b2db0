import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import type { Hono } from 'hono';
import { DOMParser } from 'linkedom';
import type { Store } from '../../store/index.ts';
import { buildFixtureApp } from '../testdata/web-fixture.ts';
import { COVERAGE_NS } from './coverage-namespace.ts';
import { renderRss } from './render-rss.ts';
import { htmlParagraphs } from './xml-text.ts';

let app: Hono;
let store: Store;
before(async () => {
  ({ app, store } = await buildFixtureApp({ publicUrl: 'https://news.example.org/' }));
});
after(() => store.close());

const fetchText = async (path: string) => {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  return { type: res.headers.get('content-type') ?? '', text: await res.text() };
};

/** The parallax:coverage elements of an RSS or Atom document, as attribute maps. */
function coverageElements(xml: string): Record<string, string>[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return [...doc.getElementsByTagName('parallax:coverage')].map((el) =>
    Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
  );
}

test('RSS: valid for feedsmith, items with coverage in text and in the parallax:coverage element', async () => {
  const { type, text } = await fetchText('/feeds/top.rss');
  assert.match(type, /application\/rss\+xml/);
  const feed = parseRssFeed(text);
  assert.equal(feed.title, 'Parallax: top stories');
  assert.equal(feed.items?.length, 2);
  const [first, second] = feed.items!;
  assert.equal(first!.link, 'https://news.example.org/stories/1');
  assert.equal(first!.guid?.value, 'https://news.example.org/stories/1');
  assert.match(
    first!.description!,
    /Coverage: 5 articles from 5 outlets, 4 rated: Left 1 \(25%\), Center 1 \(25%\), Right 2 \(50%\); 1 unrated\./,
  );
  assert.deepEqual(
    second!.categories?.map((c) => c.name),
    ['Blindspot for the Left'],
  );
  assert.ok(text.includes(`xmlns:parallax="${COVERAGE_NS}"`));
  assert.deepEqual(coverageElements(text)[0], {
    articles: '5',
    outlets: '5',
    rated: '4',
    left: '1',
    center: '1',
    right: '2',
    unrated: '1',
    left_share: '0.25',
    center_share: '0.25',
    right_share: '0.5',
    blindspot: 'none',
  });
  assert.equal(coverageElements(text)[1]!.blindspot, 'left');
});

test('Atom: valid for feedsmith, entries with coverage in content and element', async () => {
  const { type, text } = await fetchText('/feeds/blindspots.atom');
  assert.match(type, /application\/atom\+xml/);
  const feed = parseAtomFeed(text);
  assert.equal(feed.id, 'https://news.example.org/feeds/blindspots.atom');
  assert.equal(feed.entries?.length, 1);
  const entry = feed.entries![0]!;
  assert.equal(entry.id, 'https://news.example.org/stories/2');
  assert.equal(entry.updated, '2021-08-09T11:00:00.000Z');
  assert.match(entry.content?.value ?? '', /Blindspot for the Left\./);
  assert.equal(coverageElements(text)[0]!.right_share, '1');
});

test('JSON Feed: valid for feedsmith, items with the _parallax coverage extension', async () => {
  const { type, text } = await fetchText('/feeds/topics/joe-biden.json');
  assert.match(type, /application\/feed\+json/);
  const raw = JSON.parse(text);
  const feed = parseJsonFeed(raw);
  assert.equal(feed.title, 'Parallax: Joe Biden');
  assert.equal(feed.items?.length, 2);
  assert.deepEqual(raw.items[0]._parallax.coverage, {
    articles: 5,
    outlets: 5,
    rated: 4,
    left: 1,
    center: 1,
    right: 2,
    unrated: 1,
    left_share: 0.25,
    center_share: 0.25,
    right_share: 0.5,
    blindspot: null,
  });
  assert.equal(raw.items[0]._parallax.about, 'https://news.example.org/about#data');
});

test('every feed answers in every format; search and preferences work as query parameters', async () => {
  for (const name of ['top', 'latest', 'blindspots', 'blindspots-left', 'blindspots-right', 'topics/senate'])
    for (const format of ['rss', 'atom', 'json']) await fetchText(`/feeds/${name}.${format}`);
  const search = parseRssFeed((await fetchText('/feeds/search.rss?q=kabul')).text);
  assert.deepEqual(
    search.items?.map((i) => i.title),
    ['Kabul airlift enters second week'],
  );
  const strict = parseRssFeed((await fetchText('/feeds/blindspots.rss?min_factuality=high')).text);
  assert.equal(strict.items?.length ?? 0, 0);
  const hidden = (await fetchText('/feeds/top.rss?hide=lowfact.example')).text;
  assert.equal(coverageElements(hidden)[0]!.right, '1');
  const cached = await app.request('/feeds/top.rss');
  const again = await app.request('/feeds/top.rss', {
    headers: { 'if-none-match': cached.headers.get('etag')! },
  });
  assert.equal(again.status, 304);
});

test('renderRss escapes markup and drops characters XML forbids', () => {
  const xml = renderRss({
    title: 'A & B <c>',
    description: 'bad \u0001 char',
    homeUrl: 'https://x.example/?a=1&b=2',
    feedUrl: 'https://x.example/feed',
    aboutUrl: 'https://x.example/about',
    updated: '2021-01-01T00:00:00.000Z',
    items: [],
  });
  assert.match(xml, /<title>A &amp; B &lt;c&gt;<\/title>/);
  assert.match(xml, /<link>https:\/\/x\.example\/\?a=1&amp;b=2<\/link>/);
  assert.ok(!xml.includes('\u0001'));
  assert.equal(parseRssFeed(xml).title, 'A & B <c>');
});

test('renderRss escapes an item text for HTML too, since readers render descriptions as HTML', () => {
  const text = '<img src=x onerror=alert(1)> Lava & ash.';
  const zero = { left: 0, center: 0, right: 0 };
  const coverage = {
    articles: 1,
    outlets: 1,
    rated: 0,
    unrated: 1,
    ...zero,
    shares: zero,
    factuality: {},
    ownership: {},
  };
  const xml = renderRss({
    title: 'T',
    description: 'D',
    homeUrl: 'https://x.example/',
    feedUrl: 'https://x.example/feed',
    aboutUrl: 'https://x.example/about',
    updated: '2021-01-01T00:00:00.000Z',
    items: [
      {
        url: 'https://x.example/stories/1',
        title: 'Volcano',
        summary: text,
        text,
        published: '2021-01-01T00:00:00.000Z',
        updated: '2021-01-01T00:00:00.000Z',
        coverage,
        blindspot: null,
      },
    ],
  });
  const description = parseRssFeed(xml).items?.[0]?.description ?? '';
  const rendered = new DOMParser().parseFromString(`<html><body>${description}</body></html>`, 'text/html');
  assert.equal(rendered.querySelector('img'), null);
  assert.equal(rendered.body?.textContent, text);
});

test('a feed names the URL it was fetched at, whichever URL of the same feed was fetched before', async () => {
  await fetchText('/feeds/search.atom?q=kabul&utm_source=mail');
  const plain = (await fetchText('/feeds/search.atom?q=kabul')).text;
  assert.equal(parseAtomFeed(plain).id, 'https://news.example.org/feeds/search.atom?q=kabul');
  await fetchText('/feeds/latest.json?hide=lowfact.example,another.example');
  const reordered = parseJsonFeed(
    (await fetchText('/feeds/latest.json?hide=another.example,lowfact.example')).text,
  );
  assert.equal(
    reordered.feed_url,
    'https://news.example.org/feeds/latest.json?hide=another.example,lowfact.example',
  );
});

test('feed content is HTML paragraphs where the format carries HTML, plain text elsewhere', async () => {
  const paragraphs = (html: string) => {
    const doc = new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
    return [...doc.querySelectorAll('body > p')].map((p) => p.textContent);
  };
  const rss = parseRssFeed((await fetchText('/feeds/top.rss')).text).items![0]!;
  const atom = parseAtomFeed((await fetchText('/feeds/top.atom')).text).entries![0]!;
  const json = JSON.parse((await fetchText('/feeds/top.json')).text).items[0];
  const text: string = json.content_text;
  const expected = text.split('\n\n');
  assert.ok(expected.length >= 2 && expected.at(-1)!.startsWith('Coverage: '), text);
  assert.deepEqual(paragraphs(rss.description ?? ''), expected);
  assert.equal(atom.content?.type, 'html');
  assert.deepEqual(paragraphs(atom.content?.value ?? ''), expected);
  assert.deepEqual(paragraphs(json.content_html), expected);
  assert.equal(atom.summary?.type, 'text');
});

test('htmlParagraphs escapes each paragraph and drops empty ones', () => {
  assert.equal(
    htmlParagraphs('<b>Lava</b> & ash.\n\n\n• "Quoted"\n  \n\nCoverage: 1'),
    '<p>&lt;b&gt;Lava&lt;/b&gt; &amp; ash.</p><p>• "Quoted"</p><p>Coverage: 1</p>',
  );
  assert.equal(htmlParagraphs(''), '');
});
