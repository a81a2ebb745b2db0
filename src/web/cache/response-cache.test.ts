import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoize } from '../memo.ts';
import { ResponseCache } from './response-cache.ts';
import { etagOf } from './send-cached.ts';

const entry = (text: string) => ({
  body: new TextEncoder().encode(text),
  contentType: 'text/plain',
  etag: etagOf(text),
  builtAt: 0,
});
const text = (body: Uint8Array | undefined) => body && new TextDecoder().decode(body);

test('the response cache drops the least recently used entry first', () => {
  const cache = new ResponseCache(2);
  cache.set('a', entry('A'));
  cache.set('b', entry('B'));
  assert.equal(text(cache.get('a')?.body), 'A');
  cache.set('c', entry('C'));
  assert.equal(cache.get('b'), undefined);
  assert.equal(text(cache.get('a')?.body), 'A');
  assert.equal(text(cache.get('c')?.body), 'C');
  assert.equal(cache.size, 2);
});

test('the response cache also bounds its bytes, and a size of 0 keeps nothing', () => {
  const cache = new ResponseCache(100, 10);
  cache.set('a', entry('123456'));
  cache.set('b', entry('7890ab'));
  assert.equal(cache.get('a'), undefined);
  assert.equal(text(cache.get('b')?.body), '7890ab');
  const off = new ResponseCache(0);
  off.set('a', entry('A'));
  assert.equal(off.get('a'), undefined);
});

test('ETags are quoted, stable and differ by key', () => {
  assert.match(etagOf('story|1|v2'), /^"[\w-]{22}"$/);
  assert.equal(etagOf('story|1|v2'), etagOf('story|1|v2'));
  assert.notEqual(etagOf('story|1|v2'), etagOf('story|1|v3'));
});

test('memoize reuses a value until its time is up, and never keeps a failure', async () => {
  let now = 0;
  let calls = 0;
  const value = memoize(
    async () => ++calls,
    1000,
    () => now,
  );
  assert.equal(await value(), 1);
  now = 999;
  assert.equal(await value(), 1);
  now = 1000;
  assert.equal(await value(), 2);
  let fail = true;
  const flaky = memoize(
    async () => {
      if (fail) throw new Error('down');
      return 'up';
    },
    1000,
    () => now,
  );
  await assert.rejects(flaky(), /down/);
  fail = false;
  assert.equal(await flaky(), 'up');
});
