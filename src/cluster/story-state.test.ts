import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIELD_COUNT } from './document-vectors.ts';
import { toSortedVector } from './sorted-vector.ts';
import { StoryState } from './story-state.ts';

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
