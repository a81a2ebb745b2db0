import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitByStoryDate } from './split-by-story-date.ts';
import type { StreamRecord } from './stream-record.ts';

const record = (id: string, story: string, published: string | null): StreamRecord => ({
  id,
  story,
  title: `headline ${id}`,
  text: '',
  published,
  url: '',
  outlet: 'Example',
  lang: 'en',
});

// Three roundups whose articles interleave in the stream: b starts before a ends, c ends last.
const stream = [
  record('a1', 'a', '2021-06-01T08:00:00Z'),
  record('b1', 'b', '2021-06-01T09:00:00Z'),
  record('a2', 'a', '2021-06-01T10:00:00Z'),
  record('b2', 'b', null),
  record('c1', 'c', '2021-06-02T08:00:00Z'),
  record('b3', 'b', '2021-06-02T09:00:00Z'),
  record('c2', 'c', '2021-06-03T08:00:00Z'),
];

test('splitByStoryDate: the stories that end last go late, whole and in stream order', () => {
  const { early, late } = splitByStoryDate(stream, 0.3);
  assert.deepEqual(
    early.map((r) => r.id),
    ['a1', 'b1', 'a2', 'b2', 'b3'],
  );
  assert.deepEqual(
    late.map((r) => r.id),
    ['c1', 'c2'],
  );
  const twoLate = splitByStoryDate(stream, 0.6);
  assert.deepEqual(
    twoLate.late.map((r) => r.id),
    ['b1', 'b2', 'c1', 'b3', 'c2'],
    'b ends with b3, after a, so it is the second latest',
  );
});

test('splitByStoryDate: refuses a story without any time and a fraction outside (0, 1)', () => {
  assert.throws(
    () => splitByStoryDate([...stream, record('d1', 'd', null)], 0.35),
    /story d has no dated article/,
  );
  assert.throws(() => splitByStoryDate(stream, 1), /between 0 and 1/);
  assert.throws(() => splitByStoryDate(stream, 0), /between 0 and 1/);
});
