import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { convertBasil } from './basil-triplets.ts';

const FILE = resolve(
  import.meta.dirname,
  '../../../shared/data/basil_story_triplets/basil_articles.jsonl.gz',
);

test('convertBasil gives every article its own id, the four whose uuid is "empty" too', {
  skip: existsSync(FILE) ? false : 'needs ../shared/data',
}, () => {
  const { train, test: held } = convertBasil(FILE);
  const ids = [...train, ...held].map((r) => r.id);
  assert.equal(ids.length, 300);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(!ids.includes('basil-empty'));
});
