import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { IngestError } from '../ingest-error.ts';
import { parseFeed } from './parse-feed.ts';

const DIR = join(import.meta.dirname, '..', 'testdata');
const read = (name: string) => readFileSync(join(DIR, name));
const parse = (name: string, contentType?: string) =>
  parseFeed(read(name), { url: `https://fixtures.example/${name}`, contentType });

function parseError(body: Uint8Array | string): IngestError {
  try {
    parseFeed(body, { url: 'https://fixtures.example/x' });
  } catch (error) {
    assert.ok(error instanceof IngestError);
    assert.equal(error.kind, 'parse');
    assert.match(error.message, /^ingest: /);
    return error;
  }
  assert.fail('expected a parse error');
}

test('parseFeed reads a WordPress RSS 2.0 feed: entities in titles, dc:creator, content:encoded, relative links', () => {
  const feed = parse('wordpress-rss2.xml');
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'The Riverside Ledger – Local news, politics & more');
  assert.equal(feed.siteUrl, 'https://ledger.example.com/');
  assert.equal(feed.language, 'en-US');
  assert.equal(feed.ttlMinutes, 60); // sy:updatePeriod hourly, frequency 1
  const [first, second, third, fourth] = feed.items;
  assert.equal(first?.title, 'Council approves $4.2 million bridge repair after “years of delay”');
  assert.equal(first?.author, 'Maria Okafor');
  assert.equal(first?.guid, 'https://ledger.example.com/?p=48213');
  assert.match(first?.contentHtml ?? '', /Engineers said/);
  assert.match(first?.summaryHtml ?? '', /^<p>The city council/);
  assert.equal(first?.published, 'Mon, 03 Jun 2024 13:45:00 +0000');
  assert.equal(second?.title, 'Q&A: What the new school budget means for parents');
  assert.equal(second?.url, 'https://ledger.example.com/2024/06/02/school-budget-qa/');
  assert.equal(third?.published, undefined);
  // Duplicate guids are kept here; dedupe is extraction's job.
  assert.equal(third?.guid, fourth?.guid);
  assert.equal(feed.items.length, 6);
});

test('parseFeed reads Blogger and YouTube Atom: text/html/xhtml constructs, xml:base, inherited author', () => {
  const blog = parse('blogger-atom.xml');
  assert.equal(blog.format, 'atom');
  assert.equal(blog.title, 'Policy Notes');
  assert.equal(blog.siteUrl, 'https://policynotes.example.org/');
  const [rents, tariffs, xhtml] = blog.items;
  assert.equal(rents?.title, 'Why rents & wages diverge <again>'); // type="text": kept literally
  assert.equal(rents?.url, 'https://policynotes.example.org/2024/06/rents-and-wages.html'); // xml:base
  assert.equal(tariffs?.title, 'Tariffs, explained in five charts'); // type="html": markup removed
  assert.equal(tariffs?.summaryHtml, 'A short primer on tariffs &amp; who pays them.');
  assert.equal(tariffs?.author, 'R. Aldana'); // from the feed
  assert.equal(xhtml?.contentHtml, '<p>Written in <em>XHTML</em>.</p>');
  assert.equal(xhtml?.published, '2024-05-20T09:00:00.000-07:00'); // only <updated>
  const video = parse('youtube-atom.xml').items[0];
  assert.equal(video?.url, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=youtu.be');
  assert.equal(video?.guid, 'yt:video:dQw4w9WgXcQ');
});

test('parseFeed reads a Slashdot-style RDF feed in ISO-8859-1 with the Syndication module', () => {
  const feed = parse('slashdot-rdf.xml', 'application/rdf+xml');
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.ttlMinutes, 30);
  assert.equal(feed.items[0]?.author, 'msmash');
  assert.equal(feed.items[0]?.published, '2024-06-04T15:20:00+00:00');
  assert.match(
    feed.items[1]?.summaryHtml ?? '',
    /^Fünf Projekte — five projects été funded, says the café owner\.$/,
  );
});

test('parseFeed reads JSON Feed 1.1: plain-text fields, numeric ids, relative and external URLs', () => {
  const feed = parse('json-feed-1.1.json');
  assert.equal(feed.format, 'json');
  const [wildfire, river, untitled] = feed.items;
  assert.equal(wildfire?.title, 'Wildfire season starts early <again> in the West');
  assert.equal(wildfire?.summaryHtml, 'Crews were sent to three fires on Sunday.');
  assert.equal(river?.guid, '1042');
  assert.equal(river?.url, 'https://fieldnotes.example.net/2024/06/river-levels');
  assert.equal(
    river?.contentHtml,
    '<p>The river dropped below the gauge mark on Friday.</p>\n<p>Barges were diverted.</p>',
  );
  assert.equal(untitled?.url, 'https://news.example.com/story/123');
  assert.equal(untitled?.title, '');
  assert.equal(untitled?.author, 'Jun Park');
});

test('parseFeed reads RSS 0.91 with its Netscape DOCTYPE', () => {
  const feed = parse('rss091.xml');
  assert.equal(feed.format, 'rss');
  assert.equal(feed.items.length, 2);
  assert.equal(feed.items[0]?.url, 'http://writetheweb.example.com/read.php?item=24');
});

test('parseFeed decodes by BOM over a wrong header, and falls back to windows-1252', () => {
  const bom = parse('bom-utf8-rss.xml', 'text/xml; charset=iso-8859-1');
  assert.equal(bom.title, 'Zürich Today – Nachrichten');
  const cp1252 = parse('windows1252-rss.xml', 'application/xml');
  assert.equal(cp1252.title, 'Café Society “Weekly”');
  assert.equal(cp1252.items[0]?.title, 'Le café du coin ferme ses portes – “une page se tourne”');
});

test('parseFeed never expands entities: billion laughs stays small, external entities are refused', () => {
  const laughs = parse('billion-laughs.xml');
  assert.equal(laughs.title, 'Laughs &lol9;');
  assert.ok(JSON.stringify(laughs).length < 1000);
  const xxe = parseError(read('xxe.xml'));
  assert.match(xxe.message, /External entities are not supported/);
  assert.doesNotMatch(xxe.message, /root:/);
});

test('parseFeed refuses an HTML page and names the feeds it links to', () => {
  const error = parseError(read('html-page.html'));
  assert.deepEqual(error.discovered, [
    'https://fixtures.example/feed/',
    'https://ledger.example.com/comments/feed/',
  ]);
  assert.match(
    error.message,
    /an HTML page, not a feed; it links to 2 feeds: https:\/\/fixtures\.example\/feed\//,
  );
});

test('parseFeed reports empty, truncated, JSON and OPML bodies as parse errors', () => {
  assert.match(parseError('').message, /not a feed \(empty body\)/);
  assert.match(
    parseError('{"version": "https://jsonfeed.org/version/1.1", "title": ').message,
    /malformed JSON/,
  );
  assert.match(parseError('{"hello": "world"}').message, /malformed JSON feed/);
  assert.match(parseError('<opml version="2.0"><body/></opml>').message, /OPML/);
  assert.match(parseError('hello world').message, /not a feed \(starts with "hello world"\)/);
  // A .gz file served without Content-Encoding, and other binary bodies, are described, not quoted.
  const gzipped = gzipSync('<rss version="2.0"><channel><title>x</title></channel></rss>');
  assert.match(
    parseError(gzipped).message,
    /not a feed \(looks like gzip data served without Content-Encoding\)/,
  );
  const png = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
  ]);
  assert.match(parseError(png).message, /not a feed \(is binary, not text\)/);
});
