import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../../store/index.ts';
import { buildFixtureApp } from '../testdata/web-fixture.ts';
import { MAX_FORM_BYTES } from '../read-form.ts';

let app: Hono;
let store: Store;
before(async () => {
  ({ app, store } = await buildFixtureApp());
});
after(() => store.close());

test('a form body that cannot be read is a 400 page, not a 500', async () => {
  for (const path of ['/settings', '/settings/outlet']) {
    for (const [type, body] of [
      ['multipart/form-data; boundary=x', '--x\r\nbroken'],
      ['multipart/form-data', 'no boundary'],
    ] as const) {
      const res = await app.request(path, { method: 'POST', body, headers: { 'content-type': type } });
      assert.equal(res.status, 400, `${path} ${type}`);
      assert.match(await res.text(), /the form could not be read/, `${path} ${type}`);
    }
  }
  // A well-formed multipart form still saves.
  const form = new FormData();
  form.append('hide', 'right.example');
  const saved = await app.request('/settings', { method: 'POST', body: form });
  assert.equal(saved.status, 303);
  assert.match(saved.headers.get('set-cookie')!, /h%3Dright\.example/);
});

test('a form body larger than MAX_FORM_BYTES is a 413 page, read no further', async () => {
  const big = `hide=${'a'.repeat(MAX_FORM_BYTES)}`;
  for (const path of ['/settings', '/settings/outlet']) {
    // With a Content-Length, and streamed without one (chunked).
    const declared = await app.request(path, {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(big.length) },
    });
    assert.equal(declared.status, 413, path);
    assert.match(await declared.text(), /larger than 64 KiB/, path);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i += 1) controller.enqueue(new TextEncoder().encode(big.slice(0, 4096)));
        controller.close();
      },
    });
    const streamed = await app.request(path, {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      duplex: 'half',
    } as RequestInit);
    assert.equal(streamed.status, 413, `${path} streamed`);
  }
  // A form at the limit still saves.
  const ok = `hide=right.example&x=${'a'.repeat(MAX_FORM_BYTES - 30)}`;
  const saved = await app.request('/settings', {
    method: 'POST',
    body: ok,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(saved.status, 303);
  assert.match(saved.headers.get('set-cookie')!, /h%3Dright\.example/);
});

test('a form of this site behind a proxy that ends TLS saves; a cross-site one is still refused', async () => {
  const post = (url: string, headers: Record<string, string>) =>
    app.request(url, {
      method: 'POST',
      body: 'hide=right.example',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
  // The proxy forwards https://news.example as http://news.example, or as http://127.0.0.1:3000.
  const cases: [string, Record<string, string>, number][] = [
    ['http://news.example/settings', { origin: 'https://news.example' }, 303],
    [
      'http://news.example/settings',
      { origin: 'https://news.example', 'sec-fetch-site': 'same-origin' },
      303,
    ],
    [
      'http://127.0.0.1:3000/settings',
      { origin: 'https://news.example', 'sec-fetch-site': 'same-origin' },
      303,
    ],
    ['http://news.example/settings', {}, 303],
    ['http://news.example/settings', { origin: 'https://evil.example' }, 403],
    ['http://news.example/settings', { origin: 'https://news.example.evil.example' }, 403],
    ['http://news.example/settings', { origin: 'https://news.example:8443' }, 403],
    ['http://news.example/settings', { origin: 'not a url' }, 403],
    ['http://news.example/settings', { origin: 'https://evil.example', 'sec-fetch-site': 'same-site' }, 403],
    ['http://news.example/settings', { origin: 'https://news.example', 'sec-fetch-site': 'cross-site' }, 403],
    ['http://127.0.0.1:3000/settings', { origin: 'https://news.example' }, 403],
  ];
  for (const [url, headers, status] of cases) {
    const res = await post(url, headers);
    assert.equal(res.status, status, `${url} ${JSON.stringify(headers)}`);
  }
});
