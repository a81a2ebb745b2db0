import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshnessSeconds } from './freshness-seconds.ts';
import { parseRetryAfter } from './parse-retry-after.ts';

test('freshnessSeconds reads max-age, then Expires minus Date', () => {
  assert.equal(freshnessSeconds({ cacheControl: 'public, max-age=300, s-maxage=60' }), 300);
  assert.equal(freshnessSeconds({ cacheControl: 'no-cache' }), 0);
  assert.equal(freshnessSeconds({ cacheControl: 'private' }), undefined);
  const date = 'Tue, 04 Jun 2024 12:00:00 GMT';
  assert.equal(freshnessSeconds({ expires: 'Tue, 04 Jun 2024 13:00:00 GMT', date }), 3600);
  assert.equal(freshnessSeconds({ expires: '0', date }), 0);
  assert.equal(freshnessSeconds({}), undefined);
});

test('parseRetryAfter reads delay-seconds and HTTP-dates', () => {
  const now = new Date('2024-06-04T12:00:00Z');
  assert.equal(parseRetryAfter('120', now)?.toISOString(), '2024-06-04T12:02:00.000Z');
  assert.equal(
    parseRetryAfter('Tue, 04 Jun 2024 13:00:00 GMT', now)?.toISOString(),
    '2024-06-04T13:00:00.000Z',
  );
  assert.equal(parseRetryAfter('Tue, 04 Jun 2024 11:00:00 GMT', now)?.toISOString(), now.toISOString());
  assert.equal(parseRetryAfter('soon', now), undefined);
  // A server asking for years (the audit's 999999999999 seconds, logged as the year +033715) is taken at a week.
  assert.equal(parseRetryAfter('999999999999', now)?.toISOString(), '2024-06-11T12:00:00.000Z');
  assert.equal(
    parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', now)?.toISOString(),
    '2024-06-11T12:00:00.000Z',
  );
  assert.equal(parseRetryAfter(undefined, now), undefined);
});
