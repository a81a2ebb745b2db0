import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIELD_COUNT } from './document-vectors.ts';
import { toSortedVector } from './sorted-vector.ts';
import { acrossLanguages, StoryState } from './story-state.ts';

const vector = toSortedVector([1, 2], [0.6, 0.8]);
const vectors = Array.from({ length: FIELD_COUNT }, () => vector);

test('StoryState takes its language from the first member whose language is known', () => {
  const story = new StoryState(1, { centroidTerms: 80, recentTitles: 4 });
  story.addMember(vectors, vector, 0, '');
  assert.equal(story.language, '');
  story.addMember(vectors, vector, 0, 'en');
  story.addMember(vectors, vector, 0, 'ms');
  assert.equal(story.language, 'en');
  assert.equal(story.size, 3);
});

test('acrossLanguages: two known codes of different languages; Indonesian and Malay, or Bokmål and Nynorsk, are one', () => {
  assert.equal(acrossLanguages('en', 'ms'), true);
  assert.equal(acrossLanguages('zh', 'ms'), true);
  assert.equal(acrossLanguages('en', 'en'), false);
  assert.equal(acrossLanguages('', 'ms'), false, 'unknown counts as the same');
  assert.equal(acrossLanguages('id', 'ms'), false, 'an Indonesian feed\'s "id" and the detector\'s "ms"');
  assert.equal(acrossLanguages('nb', 'nn'), false);
  assert.equal(acrossLanguages('id', 'en'), true);
});
