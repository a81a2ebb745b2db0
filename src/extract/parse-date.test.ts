import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizePublished } from './normalize-published.ts';
import { parseDate } from './parse-date.ts';

const iso = (raw: string) => parseDate(raw)?.toISOString();

test('parseDate reads RFC 822 dates with named zones, offsets, and none (UTC)', () => {
  assert.equal(iso('Mon, 03 Jun 2024 13:45:00 +0000'), '2024-06-03T13:45:00.000Z');
  assert.equal(iso('Sun, 02 Jun 2024 09:30:00 EDT'), '2024-06-02T13:30:00.000Z');
  assert.equal(iso('Tue, 04 Jun 2024 09:30:00 CEST'), '2024-06-04T07:30:00.000Z');
  assert.equal(iso('Tue, 04 Jun 2024 09:30:00 BST'), '2024-06-04T08:30:00.000Z');
  assert.equal(iso('Tue, 04 Jun 2024 09:30:00 UTC'), '2024-06-04T09:30:00.000Z');
  assert.equal(iso('Tue, 04 Jun 2024 09:30:00'), '2024-06-04T09:30:00.000Z');
  assert.equal(iso('4 Jun 2024 09:30 GMT'), '2024-06-04T09:30:00.000Z');
  assert.equal(iso('Tue,  4 Jun 24 09:30:00 +0200'), '2024-06-04T07:30:00.000Z');
});

test('parseDate reads ISO 8601 with and without zones (no zone means UTC)', () => {
  assert.equal(iso('2024-06-04T07:58:00.000-07:00'), '2024-06-04T14:58:00.000Z');
  assert.equal(iso('2024-06-04T15:20:00+00:00'), '2024-06-04T15:20:00.000Z');
  assert.equal(iso('2024-06-04 15:20:00'), '2024-06-04T15:20:00.000Z');
  assert.equal(iso('2024-06-04T15:20+0530'), '2024-06-04T09:50:00.000Z');
  assert.equal(iso('2024-06-01'), '2024-06-01T00:00:00.000Z');
});

test('parseDate reads epochs, unambiguous day-first dates and European month names', () => {
  assert.equal(iso('1717500000'), '2024-06-04T11:20:00.000Z');
  assert.equal(iso('1717500000000'), '2024-06-04T11:20:00.000Z');
  assert.equal(iso('30/05/2024 16:20'), '2024-05-30T16:20:00.000Z');
  assert.equal(iso('05/30/2024'), '2024-05-30T00:00:00.000Z');
  assert.equal(iso('04/06/2024'), undefined); // April 6 or June 4: no guess
  assert.equal(iso('Di, 04 Jun 2024 06:15:00 +0200'), '2024-06-04T04:15:00.000Z');
  assert.equal(iso('mar., 04 juin 2024 08:00:00 +0200'), '2024-06-04T06:00:00.000Z');
  assert.equal(iso('Mi, 12 Mär 2025 10:00:00 +0100'), '2025-03-12T09:00:00.000Z');
  assert.equal(iso('4 dicembre 2023 10:00 +0100'), '2023-12-04T09:00:00.000Z');
});

test('parseDate refuses garbage and CMS default dates', () => {
  for (const raw of [
    '',
    'yesterday',
    'N/A',
    '0000-00-00 00:00:00',
    'Thu, 01 Jan 1970 00:00:00 GMT',
    'Mon, 01 Jan 0001 00:00:00 GMT',
    'Sat, 01 Jan 0099 00:00:00 +0000',
    '2024-13-45',
  ]) {
    assert.equal(parseDate(raw), undefined, raw);
  }
});

test('normalizePublished takes the fetch time for missing dates and dates beyond the skew', () => {
  const fetchedAt = new Date('2024-06-04T12:00:00Z');
  assert.deepEqual(normalizePublished('Tue, 04 Jun 2024 11:00:00 GMT', fetchedAt), {
    publishedAt: '2024-06-04T11:00:00.000Z',
    estimated: false,
  });
  assert.deepEqual(normalizePublished('Tue, 04 Jun 2024 12:04:00 GMT', fetchedAt), {
    publishedAt: '2024-06-04T12:04:00.000Z',
    estimated: false,
  });
  assert.deepEqual(normalizePublished('Fri, 31 Dec 2094 18:00:00 +0000', fetchedAt), {
    publishedAt: '2024-06-04T12:00:00.000Z',
    estimated: true,
  });
  assert.deepEqual(normalizePublished(undefined, fetchedAt), {
    publishedAt: '2024-06-04T12:00:00.000Z',
    estimated: true,
  });
});
