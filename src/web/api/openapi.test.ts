import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../../store/index.ts';
import { buildFixtureApp } from '../testdata/web-fixture.ts';
import { OPENAPI } from './openapi.ts';

let app: Hono;
let store: Store;
before(async () => {
  ({ app, store } = await buildFixtureApp());
});
after(() => store.close());

// Values for the path parameters of the fixture, and for required query parameters.
const PATH_VALUES: Readonly<Record<string, string>> = { id: '1', slug: 'joe-biden' };
const OUTLET_PATH = '/api/outlets/{id}';

interface Operation {
  readonly operationId: string;
  readonly responses: Record<string, unknown>;
}

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) refs(child, out);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push(value);
      else refs(value, out);
    }
  return out;
}

function resolve(ref: string): unknown {
  assert.ok(ref.startsWith('#/'), `local ref ${ref}`);
  let node: unknown = OPENAPI;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)?.[part];
  return node;
}

test('the OpenAPI document is 3.1 and every $ref resolves', async () => {
  const res = await app.request('/api/openapi.json');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
  const etag = res.headers.get('etag');
  assert.ok(etag, 'an ETag, as every answer of the API has');
  const again = await app.request('/api/openapi.json', { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  const doc = (await res.json()) as typeof OPENAPI;
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(doc.info.title && doc.info.version);
  for (const ref of refs(doc)) assert.ok(resolve(ref) !== undefined, `unresolved ${ref}`);
  const ids: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      assert.ok(op.operationId, `${method} ${path}`);
      ids.push(op.operationId);
      const success = method === 'post' ? '201' : '200';
      assert.ok(op.responses[success], `${method} ${path} documents its ${success}`);
    }
  }
  assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
});

test('every documented path answers 200 with JSON', async () => {
  for (const [template, item] of Object.entries(OPENAPI.paths)) {
    if (!('get' in item)) continue;
    let path = template.replace(/\{(\w+)\}/g, (_, name: string) => PATH_VALUES[name] ?? name);
    if (template === OUTLET_PATH) path = '/api/outlets/left.example';
    const params =
      (
        item as {
          get: {
            parameters?: readonly { name?: string; in?: string; required?: boolean; example?: string }[];
          };
        }
      ).get.parameters ?? [];
    const query = params
      .filter((p) => p.in === 'query' && p.required)
      .map((p) => `${p.name}=${encodeURIComponent(p.example ?? 'x')}`)
      .join('&');
    const res = await app.request(query ? `${path}?${query}` : path);
    assert.equal(res.status, 200, `${template} → ${res.status}`);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/, template);
  }
});

test('every GET and POST route of the API is documented', () => {
  for (const method of ['GET', 'POST']) {
    const documented = new Set(
      Object.entries(OPENAPI.paths)
        .filter(([, item]) => method.toLowerCase() in item)
        .map(([path]) => path),
    );
    const routes = app.routes
      .filter((r) => r.method === method && r.path.startsWith('/api/'))
      .map((r) => r.path.replace(/:(\w+)/g, '{$1}'));
    assert.ok(routes.length >= (method === 'GET' ? 9 : 1));
    for (const route of routes) assert.ok(documented.has(route), `${method} ${route} is not in openapi.ts`);
  }
});

test('the documented feedback request answers 201 with the documented fields, and its errors as documented', async () => {
  const post = OPENAPI.paths['/api/stories/{id}/feedback'].post;
  const send = (path: string, body: string, type = 'application/json') =>
    app.request(path, { method: 'POST', body, headers: { 'content-type': type } });
  const res = await send('/api/stories/1/feedback', '{"article_id":2,"verdict":"not_in_story"}');
  assert.equal(res.status, 201);
  const body = (await res.json()) as Record<string, unknown>;
  assert.deepEqual(Object.keys(body).sort(), [...OPENAPI.components.schemas.Feedback.required].sort());
  for (const [status, path, payload, type] of [
    ['400', '/api/stories/1/feedback', '{"article_id":"2"}', undefined],
    ['404', '/api/stories/999/feedback', '{"article_id":2,"verdict":"not_in_story"}', undefined],
    ['413', '/api/stories/1/feedback', `{"x":"${'a'.repeat(5000)}"}`, undefined],
    ['415', '/api/stories/1/feedback', 'article_id=2', 'application/x-www-form-urlencoded'],
  ] as const) {
    assert.ok(status in post.responses, `${status} is documented`);
    assert.equal((await send(path, payload, type)).status, Number(status), status);
  }
});

test('documented list responses match the answers: stories, limit, offset, next', async () => {
  const body = (await (await app.request('/api/stories?limit=1')).json()) as Record<string, unknown>;
  const schema = (
    OPENAPI.paths['/api/stories'].get.responses['200'].content['application/json'].schema as {
      required: readonly string[];
    }
  ).required;
  for (const key of schema) assert.ok(key in body, key);
  const story = (body.stories as Record<string, unknown>[])[0]!;
  for (const key of OPENAPI.components.schemas.StorySummary.required) assert.ok(key in story, key);
});

test('the documented bounds of limit and offset are the ones each list enforces', async () => {
  for (const [template, item] of Object.entries(OPENAPI.paths)) {
    const params = (item as { get?: { parameters?: readonly object[] } }).get?.parameters ?? [];
    const resolved = params.map((p) => ('$ref' in p ? resolve(p.$ref as string) : p)) as {
      name: string;
      schema: { minimum: number; maximum: number };
    }[];
    const limit = resolved.find((p) => p.name === 'limit');
    const offset = resolved.find((p) => p.name === 'offset');
    if (!limit || !offset) continue;
    const path = `${template.replace('{slug}', 'joe-biden')}?${template === '/api/search' ? 'q=senate&' : ''}`;
    const status = async (query: string) => (await app.request(`${path}${query}`)).status;
    assert.equal(await status(`limit=${limit.schema.maximum}`), 200, `${template} limit=maximum`);
    assert.equal(await status(`limit=${limit.schema.maximum + 1}`), 400, `${template} limit above maximum`);
    assert.equal(await status(`limit=${limit.schema.minimum - 1}`), 400, `${template} limit below minimum`);
    assert.equal(await status(`offset=${offset.schema.maximum}`), 200, `${template} offset=maximum`);
    assert.equal(
      await status(`offset=${offset.schema.maximum + 1}`),
      400,
      `${template} offset above maximum`,
    );
  }
});
