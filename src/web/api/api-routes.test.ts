import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../../store/index.ts';
import { buildFixtureApp, retitleStory } from '../testdata/web-fixture.ts';

let app: Hono;
let store: Store;
before(async () => {
  ({ app, store } = await buildFixtureApp());
});
after(() => store.close());

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked field by field below.
const json = async (path: string, init?: RequestInit): Promise<{ res: Response; body: any }> => {
  const res = await app.request(path, init);
  return { res, body: await res.json() };
};

test('GET /api/stories lists stories newest first with id, title, counts and coverage, limited', async () => {
  const { res, body } = await json('/api/stories');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /application\/json/);
  assert.deepEqual(
    body.stories.map((s: { id: number }) => s.id),
    [1, 2, 3],
  );
  const first = body.stories[0];
  for (const key of ['id', 'title', 'article_count', 'outlet_count', 'coverage'])
    assert.ok(key in first, key);
  assert.deepEqual(
    {
      left: first.coverage.left,
      center: first.coverage.center,
      right: first.coverage.right,
      unrated: first.coverage.unrated,
    },
    { left: 1, center: 1, right: 2, unrated: 1 },
  );
  assert.equal(first.article_count, 5);
  assert.equal(first.outlet_count, 5);
  const limited = await json('/api/stories?limit=2');
  assert.equal(limited.body.stories.length, 2);
  assert.equal(limited.body.next, '/api/stories?limit=2&offset=2');
  assert.equal(limited.res.headers.get('link'), '</api/stories?limit=2&offset=2>; rel="next"');
  const last = await json('/api/stories?limit=2&offset=2');
  assert.deepEqual(
    last.body.stories.map((s: { id: number }) => s.id),
    [3],
  );
  assert.equal(last.body.next, null);
  assert.equal(last.res.headers.get('link'), '</api/stories?limit=2&offset=0>; rel="prev"');
});

test('GET /api/stories filters by order, since and blindspot', async () => {
  const breadth = await json('/api/stories?order=breadth');
  assert.equal(breadth.body.stories[0].id, 1);
  const since = await json('/api/stories?since=2021-08-09');
  assert.deepEqual(
    since.body.stories.map((s: { id: number }) => s.id),
    [1, 2],
  );
  const blind = await json('/api/stories?blindspot=left');
  assert.deepEqual(
    blind.body.stories.map((s: { id: number; blindspot: string }) => [s.id, s.blindspot]),
    [[2, 'left']],
  );
});

test('GET /api/stories/:id has key points, frames, entities and articles with outlets and explanations', async () => {
  const { res, body } = await json('/api/stories/1');
  assert.equal(res.status, 200);
  assert.equal(body.title, 'Senate passes infrastructure bill');
  assert.equal(body.articles.length, 5);
  assert.equal(body.key_points[0].article_ids.length, 2);
  assert.equal(body.title_article_ids.length, 1);
  assert.deepEqual(body.summary_article_ids, body.title_article_ids);
  assert.deepEqual(
    body.frames.map((f: { side: string }) => f.side),
    ['left', 'right'],
  );
  assert.deepEqual(body.entities, ['Joe Biden', 'Senate']);
  const left = body.articles.find((a: { outlet: { id: string } }) => a.outlet.id === 'left.example');
  assert.deepEqual(left.outlet.bias, { label: 'left', bucket: 'left', score: -2 });
  assert.equal(left.outlet.factuality, 'high');
  assert.equal(left.explanation.shared_terms[0], 'infrastructure');
  const right = body.articles.find((a: { outlet: { id: string } }) => a.outlet.id === 'right.example');
  assert.deepEqual(right.explanation.runner_up, {
    story_id: 3,
    title: 'Kabul airlift enters second week',
    score: 0.21,
  });
  const unknown = body.articles.find((a: { outlet: { id: string } }) => a.outlet.id === 'blog.example');
  assert.equal(unknown.outlet.bias, null);
  assert.equal(unknown.language, null, 'no language given, none claimed');
  const opinion = body.articles.filter((a: { opinion: boolean }) => a.opinion);
  assert.deepEqual(
    opinion.map((a: { url: string }) => a.url),
    ['https://lowfact.example/opinion/2021/08/10/boondoggle'],
    "the link's opinion section marks it; the reports are not",
  );
});

test('GET /api/stories/:id gives each article its language', async () => {
  const { body } = await json('/api/stories/2');
  assert.deepEqual(
    body.articles.map((a: { language: string | null }) => a.language),
    [null, 'es'],
  );
});

test('preferences as query parameters hide outlets and recount coverage', async () => {
  const { body } = await json('/api/stories/1?hide=lowfact.example');
  assert.equal(body.articles.length, 4);
  assert.equal(body.coverage.right, 1);
  assert.deepEqual(body.hidden, { outlets: 1, articles: 1 });
  const strict = await json('/api/stories?min_factuality=mostly-factual');
  const story1 = strict.body.stories.find((s: { id: number }) => s.id === 1);
  assert.equal(story1.outlet_count, 3, 'mixed and low outlets are out; the unrated one stays');
  const strictBlind = await json('/api/blindspots?min_factuality=high');
  assert.deepEqual(strictBlind.body.stories, [], 'without the low-factuality outlets the blindspot is gone');
  const noUnrated = await json('/api/stories/1?min_factuality=mixed&hide_unrated_factuality=1');
  assert.equal(noUnrated.body.articles.length, 3);
});

test('a story whose every outlet is hidden counts none and says what was hidden', async () => {
  const plain = await json('/api/stories/2');
  const outlets = [...new Set(plain.body.articles.map((a: { outlet: { id: string } }) => a.outlet.id))];
  const { res, body } = await json(`/api/stories/2?hide=${outlets.join(',')}`);
  assert.equal(res.status, 200);
  assert.deepEqual(body.articles, []);
  assert.equal(body.article_count, 0, 'coverage recounted over what is shown, as when some are hidden');
  assert.equal(body.outlet_count, 0);
  assert.deepEqual(body.hidden, { outlets: outlets.length, articles: plain.body.articles.length });
  const list = await json(`/api/stories?hide=${outlets.join(',')}`);
  assert.ok(!list.body.stories.some((s: { id: number }) => s.id === 2), 'lists leave it out');
});

test('ETags make repeated requests 304, and a new story version changes the ETag', async () => {
  for (const path of [
    '/api/stories',
    '/api/stories/1',
    '/api/blindspots',
    '/api/topics',
    '/api/outlets',
    '/api/search?q=senate',
    '/stories/1',
    '/',
  ]) {
    const first = await app.request(path);
    const etag = first.headers.get('etag');
    assert.ok(etag, `${path} has an ETag`);
    const again = await app.request(path, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304, path);
    assert.equal(await again.text(), '');
    const other = await app.request(path, { headers: { 'if-none-match': '"something-else"' } });
    assert.equal(other.status, 200, path);
  }
  const before = (await app.request('/api/stories/2')).headers.get('etag');
  const page = (await app.request('/stories/2')).headers.get('etag');
  await retitleStory(store, 2, 'Border crossings hit a record');
  const after = await app.request('/api/stories/2', { headers: { 'if-none-match': before! } });
  assert.equal(after.status, 200);
  assert.equal(((await after.json()) as { title: string }).title, 'Border crossings hit a record');
  const pageAfter = await app.request('/stories/2', { headers: { 'if-none-match': page! } });
  assert.equal(pageAfter.status, 200);
  assert.match(await pageAfter.text(), /Border crossings hit a record/);
});

test('outlets: the list with counts, and one outlet with every rater value', async () => {
  const list = await json('/api/outlets');
  assert.equal(list.body.total, 5);
  assert.deepEqual(list.body.outlets[0], {
    id: 'center.example',
    name: 'Center Wire',
    bias: { label: 'center', bucket: 'center', score: 0 },
    factuality: 'very-high',
    url: '/sources/center.example',
    articles: 2,
    latest_at: '2021-08-10T12:00:00.000Z',
  });
  const all = await json('/api/outlets?scope=all&limit=2');
  assert.equal(all.body.total, 4);
  assert.equal(all.body.outlets.length, 2);
  const one = await json('/api/outlets/right.example');
  assert.equal(one.body.bias.raters.length, 2);
  assert.deepEqual(one.body.bias.raters[0], {
    rater: 'mbfc',
    value: 'score 2',
    score: 2,
    as_of: '2024-05-01',
    source: 'https://mbfc.example/ratings/score 2',
    kind: 'bias',
    dataset: null,
    weight: 1,
    note: null,
  });
  assert.equal(one.body.factuality.label, 'mixed');
  assert.equal(one.body.ownership.category, 'Private Media');
  assert.equal(one.body.articles, 2);
  assert.deepEqual(
    one.body.recent_stories.map((s: { id: number }) => s.id),
    [1, 2],
  );
});

test('search, blindspots and topics answer with pages', async () => {
  const search = await json('/api/search?q=senate');
  assert.equal(search.body.query, 'senate');
  assert.equal(search.body.stories.total, 1);
  assert.match(search.body.stories.hits[0].title_html, /<mark>Senate<\/mark>/);
  assert.ok(search.body.articles.total >= 3);
  assert.ok(
    search.body.articles.hits.every((h: { title_html: string; snippet_html: string }) =>
      /<mark>/i.test(h.title_html + h.snippet_html),
    ),
  );
  const opinion = await json('/api/search?q=boondoggle&type=articles');
  assert.deepEqual(
    opinion.body.articles.hits.map((h: { opinion: boolean }) => h.opinion),
    [true],
  );
  const reports = await json('/api/search?q=infrastructure&type=articles');
  assert.ok(reports.body.articles.hits.every((h: { opinion: boolean }) => h.opinion === false));
  const hidden = await json('/api/search?q=senate&type=articles&hide=center.example');
  assert.ok(
    hidden.body.articles.hits.every((h: { outlet: { id: string } }) => h.outlet.id !== 'center.example'),
  );
  // The senate story keeps four outlets: it is counted, though type=articles lists no story.
  assert.deepEqual([hidden.body.stories.total, hidden.body.stories.hits], [1, []]);
  const blind = await json('/api/blindspots');
  assert.equal(blind.body.rule.min_rated_outlets, 2);
  assert.match(blind.body.rule.description, /blindspot/);
  assert.deepEqual(
    blind.body.stories.map((s: { id: number }) => s.id),
    [2],
  );
  const topics = await json('/api/topics');
  assert.deepEqual(topics.body.topics[0], {
    slug: 'joe-biden',
    name: 'Joe Biden',
    stories: 2,
    latest_at: '2021-08-10T18:00:00.000Z',
    url: '/topics/joe-biden',
  });
  const topic = await json('/api/topics/joe-biden?limit=1');
  assert.equal(topic.body.topic.slug, 'joe-biden');
  assert.equal(topic.body.stories.length, 1);
  assert.equal(topic.body.next, '/api/topics/joe-biden?limit=1&offset=1');
  assert.ok(topic.body.related.some((t: { slug: string }) => t.slug === 'senate'));
});

test('search counts both kinds whichever type it lists, and pages by the kind it lists', async () => {
  const all = await json('/api/search?q=senate');
  const totals = [all.body.stories.total, all.body.articles.total];
  assert.ok(totals[1] > 1);
  for (const type of ['stories', 'articles']) {
    const { body } = await json(`/api/search?q=senate&type=${type}`);
    assert.deepEqual([body.stories.total, body.articles.total], totals, type);
  }
  const stories = await json('/api/search?q=senate&type=stories&limit=1');
  assert.deepEqual([stories.body.stories.hits.length, stories.body.articles.hits], [1, []]);
  // One story matches: no next page, however many articles match.
  assert.equal(stories.body.next, null);
  const articles = await json('/api/search?q=senate&type=articles&limit=1');
  assert.deepEqual([articles.body.stories.hits, articles.body.articles.hits.length], [[], 1]);
  assert.equal(articles.body.next, '/api/search?q=senate&type=articles&limit=1&offset=1');
});

test('lists with the same query and the same stories are cached apart by their path', async () => {
  const stories = await json('/api/stories?offset=100');
  const topics = await json('/api/topics?offset=100');
  const blindspots = await json('/api/blindspots?offset=100');
  assert.deepEqual(Object.keys(stories.body), ['stories', 'limit', 'offset', 'next']);
  assert.deepEqual(Object.keys(topics.body), ['topics', 'limit', 'offset', 'next']);
  assert.ok('rule' in blindspots.body);
  assert.notEqual(stories.res.headers.get('etag'), topics.res.headers.get('etag'));
  const anyBlindspot = await json('/api/stories?blindspot=any&side=any');
  const blindspotList = await json('/api/blindspots?blindspot=any&side=any');
  assert.equal(anyBlindspot.body.rule, undefined);
  assert.ok('rule' in blindspotList.body);
});

test('bad parameters and unknown things are 4xx JSON errors, never 500', async () => {
  const cases: [string, number][] = [
    ['/api/stories?limit=0', 400],
    ['/api/stories?limit=201', 400],
    ['/api/stories?limit=abc', 400],
    ['/api/stories?offset=-1', 400],
    ['/api/stories?order=random', 400],
    ['/api/stories?since=yesterday', 400],
    ['/api/stories?since=2021-13-45', 400],
    ['/api/stories?since=2020-02-30', 400],
    ['/api/stories?since=2021-04-31T10:00:00Z', 400],
    ['/api/stories?blindspot=center', 400],
    ['/api/stories?hide=Not%20An%20Id', 400],
    ['/api/stories?min_factuality=great', 400],
    ['/api/stories?hide_unrated_factuality=yes', 400],
    ['/api/stories/abc', 404],
    ['/api/stories/0', 404],
    ['/api/stories/99999', 404],
    ['/api/stories/1e3', 404],
    ['/api/outlets/nobody.example', 404],
    ['/api/outlets/BAD%20ID', 404],
    ['/api/outlets?scope=mine', 400],
    ['/api/search', 400],
    ['/api/search?q=', 400],
    [`/api/search?q=${'a'.repeat(201)}`, 400],
    ['/api/search?q=x&type=videos', 400],
    ['/api/blindspots?side=up', 400],
    ['/api/topics/nobody', 404],
    ['/api/topics/Bad%20Slug', 404],
    ['/api/nothing', 404],
    ['/feeds/nothing.rss', 404],
    ['/feeds/top.xml', 404],
    ['/feeds/search.rss', 400],
    ['/feeds/topics/nobody.rss', 404],
    ['/feeds/topics/joe-biden.txt', 404],
  ];
  for (const [path, status] of cases) {
    const res = await app.request(path);
    assert.equal(res.status, status, path);
    const body = (await res.json()) as { error: { status: number; message: string } };
    assert.equal(body.error.status, status, path);
    assert.equal(typeof body.error.message, 'string', path);
  }
});

test('since takes the RFC 3339 date-times its schema promises: any fraction of a second, lower-case t and z', async () => {
  for (const since of [
    '2021-07-30T22:30:00.123456+00:00', // Python's datetime.isoformat()
    '2021-07-30T22:30:00.123456789Z',
    '2021-07-30t22:30:00z',
    '2021-07-30T22:30:00.5Z',
  ]) {
    assert.equal((await app.request(`/api/stories?since=${encodeURIComponent(since)}`)).status, 200, since);
    assert.equal((await app.request(`/api/topics?since=${encodeURIComponent(since)}`)).status, 200, since);
  }
  for (const since of ['2021-07-30T22:30:00.Z', '2021-07-30T22:30:00', '2021-07-30T22:30:00.1x2Z'])
    assert.equal((await app.request(`/api/stories?since=${encodeURIComponent(since)}`)).status, 400, since);
});

test('odd search input never breaks the API', async () => {
  for (const q of [
    '"',
    'AND',
    'NOT (',
    'title:x',
    '*',
    'a OR',
    '-',
    '((',
    "l'été",
    '😀',
    '%00',
    'senate -senate',
  ]) {
    const res = await app.request(`/api/search?q=${encodeURIComponent(q)}`);
    assert.ok(res.status === 200 || res.status === 400, `${q}: ${res.status}`);
  }
});

test('q may hold 200 characters as its schema counts them (code points), emoji and accents alike', async () => {
  const emoji = '😀'.repeat(200);
  assert.equal((await app.request(`/api/search?q=${encodeURIComponent(emoji)}`)).status, 200);
  assert.equal((await app.request(`/feeds/search.json?q=${encodeURIComponent(emoji)}`)).status, 200);
  const { res, body } = await json(`/api/search?q=${encodeURIComponent(`${emoji}😀`)}`);
  assert.equal(res.status, 400);
  assert.equal(body.error.message, 'web: q must be at most 200 characters, got 201');
});

test('a method a path does not take is 405 with Allow; OPTIONS lists the methods; unknown paths stay 404', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    const { res, body } = await json('/api/stories', { method });
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.get('allow'), 'GET, HEAD');
    assert.match(body.error.message, new RegExp(`${method} is not allowed on /api/stories`));
  }
  const options = await app.request('/api/stories/1', { method: 'OPTIONS' });
  assert.equal(options.status, 204);
  assert.equal(options.headers.get('allow'), 'GET, HEAD');
  assert.equal(
    (await app.request('/settings', { method: 'OPTIONS' })).headers.get('allow'),
    'GET, HEAD, POST',
  );
  const page = await app.request('/stories/1', { method: 'DELETE' });
  assert.equal(page.status, 405);
  assert.match(page.headers.get('content-type')!, /text\/html/);
  assert.equal((await json('/api/nothing-here', { method: 'POST' })).res.status, 404);
  assert.equal((await app.request('/api/stories', { method: 'HEAD' })).status, 200);
  // Preferences are read only where they apply: a bad one does not hide a 405 or an OPTIONS answer.
  assert.equal((await json('/api/stories?hide=BAD', { method: 'POST' })).res.status, 405);
  assert.equal((await app.request('/api/stories?hide=BAD', { method: 'OPTIONS' })).status, 204);
  assert.equal((await json('/api/stories?hide=BAD')).res.status, 400);
});

test('a path only POST takes is 405 with Allow: POST to other methods, and OPTIONS lists it', async () => {
  for (const [path, type] of [
    ['/api/stories/1/feedback', /application\/json/],
    ['/stories/1/feedback', /text\/html/],
  ] as const) {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE']) {
      const res = await app.request(path, { method });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), 'POST', `${method} ${path}`);
      assert.match(res.headers.get('content-type')!, type);
    }
    const options = await app.request(path, { method: 'OPTIONS' });
    assert.deepEqual([options.status, options.headers.get('allow')], [204, 'POST'], path);
  }
  // A GET a route takes that finds nothing stays a 404.
  assert.equal((await app.request('/static/nothing.css')).status, 404);
  assert.equal((await json('/api/stories/999999')).res.status, 404);
});

test('an unknown path is a 404 whatever its query, bad preferences included', async () => {
  for (const query of ['hide=%25%25%25', 'min_factuality=great', 'hide_unrated_factuality=yes']) {
    for (const method of ['GET', 'HEAD']) {
      const res = await app.request(`/api/nope?${query}`, { method });
      assert.equal(res.status, 404, `${method} ${query}`);
    }
    const { res, body } = await json(`/api/nope?${query}`);
    assert.deepEqual([res.status, body.error.message], [404, 'web: no route /api/nope']);
    for (const path of [
      '/feeds/no/such/feed.rss',
      '/feeds/nothing.rss',
      '/feeds/top.xml',
      '/feeds/topics/senate.txt',
    ])
      assert.equal((await json(`${path}?${query}`)).res.status, 404, `${path}?${query}`);
    // A path a route takes still refuses the bad preference.
    assert.equal((await json(`/api/stories?${query}`)).res.status, 400, query);
    assert.equal((await json(`/feeds/topics/senate.rss?${query}`)).res.status, 400, query);
  }
});

test('an error quotes at most 40 characters of the value it refuses, as every parameter does', async () => {
  const long = '9'.repeat(5_000);
  for (const path of [
    `/api/stories/${long}`,
    `/api/stories?limit=${long}`,
    `/api/stories?offset=x${long}`,
    `/api/topics?limit=-${long}`,
    `/api/stories?order=${long}`,
  ]) {
    const { res, body } = await json(path);
    assert.ok(res.status === 400 || res.status === 404, path.slice(0, 40));
    assert.ok(
      body.error.message.length < 120,
      `${path.slice(0, 40)}: ${body.error.message.length} characters`,
    );
  }
  assert.equal(
    (await json('/api/stories?limit=abc')).body.error.message,
    'web: limit must be an integer, got "abc"',
  );
  assert.equal((await json('/api/stories/abc')).body.error.message, 'web: no story "abc"');
});

test('a bad choice names the choices, and a leap day is a date', async () => {
  const { body } = await json('/api/stories?blindspot=center');
  assert.equal(body.error.message, 'web: blindspot must be one of any, left, right, got "center"');
  assert.equal((await json('/api/stories?since=2020-02-29')).res.status, 200);
});

test('POST /api/stories/:id/feedback records a flag (201), counts repeats, and GET shows reader_flags at once', async () => {
  const flag = (path: string) =>
    json(path, {
      method: 'POST',
      body: JSON.stringify({ article_id: 3, verdict: 'not_in_story' }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  const before = await json('/api/stories/1');
  assert.ok(before.body.articles.every((a: { reader_flags: number }) => a.reader_flags === 0));
  const etag = before.res.headers.get('etag')!;
  const first = await flag('/api/stories/1/feedback');
  assert.equal(first.res.status, 201);
  assert.deepEqual(first.body, { story_id: 1, article_id: 3, verdict: 'not_in_story', votes: 1 });
  assert.equal((await flag('/api/stories/1/feedback')).body.votes, 2);
  // The cached answer and its ETag change with the flags: the old ETag is no longer a 304.
  const after = await json('/api/stories/1', { headers: { 'if-none-match': etag } });
  assert.equal(after.res.status, 200);
  assert.deepEqual(
    after.body.articles.map((a: { id: number; reader_flags: number }) => [a.id, a.reader_flags]),
    [
      [1, 0],
      [2, 0],
      [3, 2],
      [4, 0],
      [5, 0],
    ],
  );
});

test('POST /api/stories/:id/feedback refuses bad bodies, other types and articles of other stories, never a 500', async () => {
  // Without a type the body is sent as bytes: a string body would be typed text/plain.
  const post = (path: string, body: string, type: string | null) =>
    json(path, {
      method: 'POST',
      body: type ? body : new TextEncoder().encode(body),
      headers: type ? { 'content-type': type } : {},
    });
  const good = '{"article_id":2,"verdict":"not_in_story"}';
  const cases: [string, string, string | null, number, RegExp][] = [
    ['/api/stories/1/feedback', '{"article_id":2,', 'application/json', 400, /not valid JSON/],
    ['/api/stories/1/feedback', '[2]', 'application/json', 400, /JSON object/],
    [
      '/api/stories/1/feedback',
      '{"article_id":"2","verdict":"not_in_story"}',
      'application/json',
      400,
      /article_id/,
    ],
    [
      '/api/stories/1/feedback',
      '{"article_id":2.5,"verdict":"not_in_story"}',
      'application/json',
      400,
      /article_id/,
    ],
    [
      '/api/stories/1/feedback',
      '{"article_id":0,"verdict":"not_in_story"}',
      'application/json',
      400,
      /article_id/,
    ],
    [
      '/api/stories/1/feedback',
      '{"article_id":2}',
      'application/json',
      400,
      /verdict must be one of not_in_story/,
    ],
    ['/api/stories/1/feedback', '{"article_id":2,"verdict":"spam"}', 'application/json', 400, /verdict/],
    [
      '/api/stories/1/feedback',
      '{"article_id":2,"verdict":"not_in_story","x":1}',
      'application/json',
      400,
      /unknown field "x"/,
    ],
    [
      '/api/stories/1/feedback',
      '{"article_id":6,"verdict":"not_in_story"}',
      'application/json',
      404,
      /article 6 is not in story 1/,
    ],
    [
      '/api/stories/1/feedback',
      '{"article_id":999,"verdict":"not_in_story"}',
      'application/json',
      404,
      /article 999 is not in story 1/,
    ],
    ['/api/stories/404/feedback', good, 'application/json', 404, /no story 404/],
    ['/api/stories/abc/feedback', good, 'application/json', 404, /no story "abc"/],
    ['/api/stories/1/feedback', good, 'text/plain', 415, /application\/json/],
    ['/api/stories/1/feedback', good, null, 415, /application\/json/],
    [
      '/api/stories/1/feedback',
      `{"article_id":2,"verdict":"${'x'.repeat(5000)}"}`,
      'application/json',
      413,
      /4 KiB/,
    ],
  ];
  for (const [path, body, type, status, message] of cases) {
    const res = await post(path, body, type);
    assert.equal(res.res.status, status, `${path} ${body.slice(0, 60)} ${type}`);
    assert.equal(res.body.error.status, status);
    assert.match(res.body.error.message, message, body.slice(0, 60));
  }
  assert.ok(
    (await json('/api/stories/2')).body.articles.every((a: { reader_flags: number }) => a.reader_flags === 0),
    'nothing was recorded',
  );
});
