import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../../store/index.ts';
import { buildFixtureApp } from '../testdata/web-fixture.ts';

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
