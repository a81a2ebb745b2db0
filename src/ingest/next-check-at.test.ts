import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextCheckAt } from './next-check-at.ts';

const now = new Date('2024-06-04T12:00:00Z');
const schedule = { intervalMinutes: 15, maxIntervalMinutes: 24 * 60 };
const minutesAfterNow = (date: Date) => (date.getTime() - now.getTime()) / 60_000;

test('nextCheckAt waits the usual interval after a success', () => {
  assert.equal(minutesAfterNow(nextCheckAt({ now, errorCount: 0 }, schedule)), 15);
});

test('nextCheckAt honours a longer TTL or Cache-Control max-age, up to the maximum interval', () => {
  assert.equal(minutesAfterNow(nextCheckAt({ now, errorCount: 0, ttlMinutes: 60 }, schedule)), 60);
  assert.equal(minutesAfterNow(nextCheckAt({ now, errorCount: 0, maxAgeSeconds: 1800 }, schedule)), 30);
  assert.equal(minutesAfterNow(nextCheckAt({ now, errorCount: 0, maxAgeSeconds: 60 }, schedule)), 15);
  assert.equal(minutesAfterNow(nextCheckAt({ now, errorCount: 0, ttlMinutes: 10_000 }, schedule)), 1440);
});

test('nextCheckAt backs off exponentially on consecutive errors, capped', () => {
  const waits = [1, 2, 3, 4, 5, 8, 40].map((errorCount) =>
    minutesAfterNow(nextCheckAt({ now, errorCount }, schedule)),
  );
  assert.deepEqual(waits, [15, 30, 60, 120, 240, 1440, 1440]);
});

test('nextCheckAt never polls before Retry-After, but waits at most a week for it', () => {
  const in3h = new Date(now.getTime() + 3 * 3600_000);
  assert.equal(
    nextCheckAt({ now, errorCount: 1, retryAfter: in3h }, schedule).toISOString(),
    in3h.toISOString(),
  );
  const soon = new Date(now.getTime() + 60_000);
  assert.equal(minutesAfterNow(nextCheckAt({ now, errorCount: 1, retryAfter: soon }, schedule)), 15);
  const far = new Date('2099-01-01T00:00:00Z');
  assert.equal(minutesAfterNow(nextCheckAt({ now, errorCount: 1, retryAfter: far }, schedule)), 7 * 24 * 60);
});
