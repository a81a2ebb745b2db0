import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../store/index.ts';
import { buildFixtureApp, type FixtureStory } from './testdata/web-fixture.ts';

let app: Hono;
let store: Store;
before(async () => {
  ({ app, store } = await buildFixtureApp());
});
after(() => store.close());

/** Asserts that `html` matches, with a short message instead of the whole page. */
function has(html: string, pattern: RegExp, message = String(pattern)): void {
  assert.ok(pattern.test(html), message);
}
function lacks(html: string, pattern: RegExp, message = String(pattern)): void {
  assert.ok(!pattern.test(html), message);
}

/** The article list of a story page. */
const listOf = (html: string) => html.slice(html.indexOf('<section class="article-list"'));

/** The titles of the articles listed (the link-out anchors), in order. */
const titlesIn = (html: string) => [...html.matchAll(/<a class="out"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);

const get = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { res, html: await res.text() };
};

test('the front page lists the latest days broadest first, each with its bias bar', async () => {
  const { res, html } = await get('/');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /text\/html/);
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  const first = html.indexOf('Senate passes infrastructure bill');
  const second = html.indexOf('Border crossings hit a new high');
  assert.ok(first > 0 && second > first, 'the story with more outlets comes first');
  assert.ok(!html.includes('Kabul airlift'), 'a story older than the window is not on the front page');
  assert.equal(html.match(/class="bias-bar"/g)?.length, 2);
  has(html, /aria-label="Left 25%, Center 25%, Right 50% of 4 rated outlets; 1 unrated"/);
  has(html, /Blindspot for the Left/);
});

test('a story page shows title, "N Articles", the bias sentence and every article with outlet, bias and link out', async () => {
  const { res, html } = await get('/stories/1');
  assert.equal(res.status, 200);
  has(html, /<h1>Senate passes infrastructure bill<\/h1>/);
  has(html, />5 Articles</);
  has(html, /50% of the sources are Right/);
  for (const outlet of ['Center Wire', 'Left Daily', 'Right Times', 'Rumour Mill'])
    assert.ok(html.includes(outlet), outlet);
  has(html, /href="https:\/\/left\.example\/1\/1"/);
  has(html, /Democrats hailed a win for roads and broadband\./);
  has(html, /<span class="badge left">Left<\/span>/);
  has(html, /href="\/sources\/left\.example"/);
  // Markup inside a lead is text, escaped by JSX.
  has(html, /Bridges, pipes and &lt;b&gt;broadband&lt;\/b&gt; money\./);
});

test('a story page has key points with citations, frames, the timeline, first reporter and why the articles are together', async () => {
  const { html } = await get('/stories/1');
  has(html, /Key point of story 1\. <span class="cites">\[<a href="\/stories\/1#article-\d+"/);
  has(html, /Headline from <a href="\/stories\/1#article-\d+">Center Wire<\/a>/);
  has(html, /\(summary of story 1\) <span class="cites">\[<a href="\/stories\/1#article-\d+"/);
  has(html, /How each side covered it/);
  has(html, /The Left stressed broadband\./);
  has(html, /Words the Right used more than the others: <\/span><span class="term"[^>]*>spending/);
  has(html, /<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img"/);
  has(html, /First reported by<\/dt><dd><a href="\/sources\/center\.example">Center Wire<\/a>/);

  has(html, /Why these articles are together/);
  // The runner-up by its title; a name the clusterer also counted among the words is shown once.
  has(html, /href="\/stories\/3">Kabul airlift enters second week<\/a> \(0\.21\)/);
  has(html, /<td>Senate · infrastructure<\/td>/);
  has(html, /href="\/topics\/joe-biden"/);
  has(html, /Factuality/);
  has(html, /Private Media/);
});

test('a story page marks an article in another language, with its lang attribute', async () => {
  const { html } = await get('/stories/2');
  has(html, / · in Spanish</, 'the language is named');
  has(html, /<h3 lang="es"><a class="out"[^>]*>Caos en la frontera/);
  has(html, /<p class="lead-text" lang="es">Los agentes dicen estar desbordados\.<\/p>/);
  lacks(listOf(html), /<h3 lang="en"|in English/, 'English, the page language, is not marked');
});

test('a story whose title and summary come from an article in another language marks them with its lang', async () => {
  const summit: FixtureStory = {
    id: 4,
    entities: ['Bruxelles'],
    articles: [
      [
        'center.example',
        'Sommet européen à Bruxelles',
        'Les dirigeants se réunissent.',
        '2021-06-16T10:00:00.000Z',
        'fr',
      ],
      [
        'left.example',
        'EU leaders meet in Brussels',
        'The summit opened on Wednesday.',
        '2021-06-16T11:00:00.000Z',
      ],
    ],
  };
  const fixture = await buildFixtureApp({}, [summit]);
  try {
    const html = await (await fixture.app.request('/stories/4')).text();
    has(html, /<h1 lang="fr">Sommet européen à Bruxelles<\/h1>/);
    has(html, /<p class="summary lead" lang="fr">/);
    lacks(
      await (await fixture.app.request('/stories/1')).text(),
      /<h1 lang=/,
      'English, the page language, is not marked',
    );
  } finally {
    await fixture.store.close();
  }
});

test('story cards, search results and the why-together rows mark words in another language with its lang', async () => {
  const summit: FixtureStory = {
    id: 5,
    entities: ['Bruxelles'],
    articles: [
      [
        'center.example',
        'Sommet européen à Bruxelles',
        'Les dirigeants se réunissent.',
        '2021-08-10T16:00:00.000Z',
        'fr',
      ],
      ['left.example', 'EU leaders meet in Brussels', 'The summit opened.', '2021-08-10T16:30:00.000Z'],
    ],
  };
  const fixture = await buildFixtureApp({}, [summit]);
  const page = async (path: string) => (await fixture.app.request(path)).text();
  // A card's title and summary come from the French article: marked fr; the English cards are not marked.
  const frenchCard =
    /<h2 id="story-5-title" lang="fr"><a href="\/stories\/5">Sommet européen à Bruxelles<\/a><\/h2><p class="summary" lang="fr">Les dirigeants/;
  try {
    for (const path of ['/', '/latest', '/blindspots', '/topics/bruxelles', '/sources/center.example']) {
      const html = await page(path);
      has(html, frenchCard, `${path}: the French story's card is marked fr`);
      lacks(
        html,
        /<h2 id="story-[1-3]-title" lang=|<p class="summary" lang="en"/,
        `${path}: English is not marked`,
      );
    }
    const search = await page('/search?q=Sommet');
    has(
      search,
      /<li class="result"><h3 lang="fr"><a href="\/stories\/5"><mark>Sommet<\/mark>/,
      'a story hit',
    );
    has(
      search,
      /<li class="result"><p class="source">[\s\S]*?<\/p><h3 lang="fr"><a href="\/stories\/5#article-/,
      'an article hit',
    );
    has(search, /<p lang="fr">Les dirigeants/, 'the snippet of the hits');
    const english = await page('/search?q=Senate');
    lacks(english.slice(english.indexOf('<main')), / lang="/, 'English hits are not marked');
    has(await page('/stories/5'), /The story was started by <a href="#article-\d+" lang="fr">Sommet/);
  } finally {
    await fixture.store.close();
  }
  // Why these articles are together: an article in Spanish, in its row and as the story's opener.
  const { html } = await get('/stories/2');
  const why = html.slice(html.indexOf('<details class="why"'));
  has(why, /<td><a href="#article-\d+" lang="es">Caos en la frontera/);
  lacks(why, /<a href="#article-\d+" lang="es">Border crossings/);
});

test('a story page labels opinion pieces, and only them', async () => {
  const { html } = await get('/stories/1');
  const labelled = [...listOf(html).matchAll(/<li id="article-\d+"[^>]*>([\s\S]*?)<\/li>/g)]
    .filter((m) => /class="opinion-label">Opinion</.test(m[1]!))
    .map((m) => /<h3[^>]*><a[^>]*>([^<]+)/.exec(m[1]!)?.[1]);
  assert.deepEqual(labelled, ['Senate rams through trillion-dollar boondoggle']);
});

test('a story page filters its articles by side and sorts them, without JavaScript', async () => {
  const { html: left } = await get('/stories/1?side=left');
  has(left, /Showing 1 Left article of 5/);
  assert.ok(listOf(left).includes('Senate approves historic infrastructure package'));
  assert.ok(!listOf(left).includes('Senate rams through'));
  has(left, /aria-current="true">Left <span class="count">\(1\)/);
  const { html: unrated } = await get('/stories/1?side=unrated');
  assert.deepEqual(titlesIn(listOf(unrated)), ['What the infrastructure bill means for your town']);
  const { html: newest } = await get('/stories/1?sort=newest');
  assert.equal(titlesIn(listOf(newest))[0], 'What the infrastructure bill means for your town');
  const { html: bias } = await get('/stories/1?sort=bias');
  assert.deepEqual(titlesIn(listOf(bias)), [
    'Senate approves historic infrastructure package',
    'Senate passes infrastructure bill',
    'Infrastructure bill clears the Senate with GOP votes',
    'Senate rams through trillion-dollar boondoggle',
    'What the infrastructure bill means for your town',
  ]);
});

test('blindspots explain the rule and list the stories one side ignored', async () => {
  const { res, html } = await get('/blindspots');
  assert.equal(res.status, 200);
  has(html, /A story is a blindspot when at least 2 outlets with a bias rating cover it/);
  has(html, /Border crossings hit a new high/);
  has(html, /Blindspot for the Left: 0 of 2 rated outlets \(0%\) are Left, against 2 \(100%\) Right\./);
  const { html: right } = await get('/blindspots?side=right');
  has(right, /No blindspots here\./);
});

test('a source page traces every blended figure to its raters, with dates and sources', async () => {
  const { res, html } = await get('/sources/left.example');
  assert.equal(res.status, 200);
  has(html, /<h1>Left Daily<\/h1>/);
  has(html, /Media Bias\/Fact Check/);
  has(html, /AllSides/);
  has(html, /2024-05-01/);
  has(html, /href="https:\/\/mbfc\.example\/ratings\/high"/);
  has(html, /score −2\.0/);
  has(html, /Senate passes infrastructure bill/);
  has(html, /Hide Left Daily everywhere/);
  const { res: unknown, html: unrated } = await get('/sources/blog.example');
  assert.equal(unknown.status, 200, 'an outlet with articles but no ratings has a page');
  has(unrated, /never as Center/);
  assert.equal((await get('/sources/nobody.example')).res.status, 404);
  const { html: list } = await get('/sources');
  has(list, /Rumour Mill/);
});

test('hiding an outlet from a later page of its source page returns to that page', async () => {
  const { html } = await get('/sources/left.example?page=2');
  has(html, /<input type="hidden" name="return" value="\/sources\/left\.example\?page=2"\/>/);
  const { html: first } = await get('/sources/left.example');
  has(first, /<input type="hidden" name="return" value="\/sources\/left\.example"\/>/);
});

test('search finds stories and articles with the matched words marked', async () => {
  const { res, html } = await get('/search?q=infrastructure');
  assert.equal(res.status, 200);
  has(html, /<mark>infrastructure<\/mark>/i);
  has(html, /Stories \(1\)/);
  has(html, /Articles \(4\)/);
  const { html: articles } = await get('/search?q=infrastructure&type=articles');
  has(articles, /href="\/stories\/1#article-\d+"/);
  const { html: opinion } = await get('/search?q=boondoggle&type=articles');
  has(opinion, /class="opinion-label">Opinion</, 'an opinion piece is labelled in the results too');
  const { html: empty } = await get('/search');
  has(empty, /<h1>Search<\/h1>/);
  const { html: none } = await get('/search?q=zebra');
  has(none, /No story matches\./);
  has(none, /No article matches\./);
});

test('topics list the recurring names, and a topic page its stories and related topics', async () => {
  const { html } = await get('/topics');
  has(html, /href="\/topics\/joe-biden">Joe Biden <span class="count">2</);
  const { res, html: topic } = await get('/topics/joe-biden');
  assert.equal(res.status, 200);
  has(topic, /<h1>Joe Biden<\/h1>/);
  has(topic, /Border crossings hit a new high/);
  has(topic, /href="\/topics\/senate"/);
  assert.equal((await get('/topics/nobody')).res.status, 404);
});

test('latest, about, my-bias, settings and feeds pages render', async () => {
  const { html: latest } = await get('/latest');
  assert.ok(latest.indexOf('Senate passes') < latest.indexOf('Border crossings'));
  assert.ok(latest.includes('Kabul airlift'));
  const { html: about } = await get('/about');
  has(about, /href="\/api\/outlets"/);
  has(about, /Far Left −3/);
  const { html: mine } = await get('/my-bias');
  has(mine, /<noscript>/);
  has(mine, /src="\/static\/my-bias\.js\?v=/);
  // Without JavaScript the history's "loading" line would never go away: its box is shown by the script.
  has(mine, /<div id="my-bias"[^>]*\shidden/);
  const { html: settings } = await get('/settings');
  has(settings, /name="min_factuality"/);
  has(settings, /value="lowfact\.example"/);
  const { html: feeds } = await get('/feeds');
  has(feeds, /href="\/feeds\/top\.rss"/);
});

test('bad ids and parameters are 4xx pages, never 500', async () => {
  for (const path of [
    '/stories/abc',
    '/stories/0',
    '/stories/999',
    '/stories/1?side=up',
    '/stories/1?sort=random',
    '/latest?page=0',
    '/latest?page=x',
    '/blindspots?side=middle',
    '/search?q=' + 'x'.repeat(300),
    '/search?q=a&type=images',
    '/topics/' + encodeURIComponent('bad slug!'),
    '/sources/' + encodeURIComponent('Not An Id'),
    '/nowhere',
  ]) {
    const { res, html } = await get(path);
    assert.ok(res.status >= 400 && res.status < 500, `${path}: ${res.status}`);
    has(html, /<main id="main">/, path);
  }
});

test('pages carry a strict CSP and no inline script or style', async () => {
  for (const path of [
    '/',
    '/stories/1',
    '/blindspots',
    '/search?q=senate',
    '/my-bias',
    '/settings',
    '/sources/left.example',
  ]) {
    const { res, html } = await get(path);
    assert.match(res.headers.get('content-security-policy')!, /script-src 'self'; style-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    lacks(html, /<script(?![^>]*\ssrc=)[^>]*>/, `${path}: inline script`);
    lacks(html, /\sstyle="/, `${path}: inline style`);
    lacks(html, /<style/, `${path}: style element`);
  }
});

test('static files are versioned and cached for a year', async () => {
  const html = (await get('/')).html;
  const css = /href="(\/static\/style\.css\?v=[\w-]+)"/.exec(html)![1]!;
  const res = await app.request(css);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('cache-control')!, /immutable/);
  assert.equal((await app.request('/static/nothing.js')).status, 404);
  assert.equal((await app.request('/favicon.ico')).status, 301);
  assert.equal((await app.request('/healthz')).status, 200);
});

test('when outlets tie for first on a date without a time of day, the page names them all and says why', async () => {
  // Dated by the day only, as archives are (the demo snapshot): three outlets report it "first" on one day.
  const fed: FixtureStory = {
    id: 4,
    entities: ['Federal Reserve'],
    articles: [
      [
        'right.example',
        'Fed holds rates steady',
        'The central bank kept its rate.',
        '2021-06-16T00:00:00.000Z',
      ],
      [
        'left.example',
        'Federal Reserve leaves rates unchanged',
        'Officials signalled hikes.',
        '2021-06-16T00:00:00.000Z',
      ],
      ['center.example', 'Fed keeps rates near zero', 'Forecasts moved.', '2021-06-16T00:00:00.000Z'],
      [
        'left.example',
        'What the Fed decision means for mortgages',
        'Rates may climb.',
        '2021-06-17T00:00:00.000Z',
      ],
    ],
  };
  const fixture = await buildFixtureApp({}, [fed]);
  try {
    const html = await (await fixture.app.request('/stories/4')).text();
    has(
      html,
      /First reported by<\/dt><dd><a href="\/sources\/right\.example">Right Times<\/a>, <a href="\/sources\/left\.example">Left Daily<\/a> and <a href="\/sources\/center\.example">Center Wire<\/a>, <time[^>]*>[^<]*<\/time> \(the same day: their dates give no time of day\)/,
    );
    const api = (await (await fixture.app.request('/api/stories/4')).json()) as {
      first_reporter: { outlet_id: string; same_time_outlet_ids: string[] };
    };
    assert.deepEqual(api.first_reporter.same_time_outlet_ids, ['left.example', 'center.example']);
    // The first reporter hidden by the reader's preferences: the shown outlets of its time are still named.
    const hidden = (await (
      await fixture.app.request('/api/stories/4?hide=right.example')
    ).json()) as typeof api;
    assert.deepEqual(hidden.first_reporter.same_time_outlet_ids, ['left.example', 'center.example']);
    // One first reporter alone: no list, no note.
    lacks(await (await fixture.app.request('/stories/1')).text(), /the same day|at the same time/);
  } finally {
    await fixture.store.close();
  }
});
