import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CandidateIndex } from './candidate-index.ts';
import { NeighborIndex } from './neighbor-index.ts';
import { toSortedVector } from './sorted-vector.ts';

const vector = (ids: number[], weights: number[]) => toSortedVector(ids, weights);

test('CandidateIndex returns open stories by shared weight, heaviest first, and skips closed ones', () => {
  const index = new CandidateIndex({ queryTerms: 10, postingsPerTerm: 100, candidates: 10 });
  index.add(1, [10, 11]);
  index.add(2, [11]);
  index.add(3, [12]);
  const query = vector([10, 11], [0.8, 0.6]);
  assert.deepEqual(
    index.candidates(query, () => true),
    [1, 2],
  );
  assert.deepEqual(
    index.candidates(query, (s) => s !== 1),
    [2],
  );
  index.compact((s) => s !== 1);
  assert.deepEqual(
    index.candidates(query, () => true),
    [2],
  );
});

test('CandidateIndex reads only the newest postings of a common term, so lookups cost the same as it grows', () => {
  const index = new CandidateIndex({ queryTerms: 10, postingsPerTerm: 5, candidates: 100 });
  for (let story = 1; story <= 1000; story++) index.add(story, [42]);
  const found = index.candidates(vector([42], [1]), () => true);
  assert.ok(found.length <= 10);
  assert.ok(found.includes(1000));
  assert.ok(!found.includes(1));
});

test('NeighborIndex returns the most similar earlier articles with their stories', () => {
  const index = new NeighborIndex({ queryTerms: 10, postingsPerTerm: 100, neighbors: 2 });
  index.add(1, vector([1, 2], [0.6, 0.8]));
  index.add(2, vector([2, 3], [0.6, 0.8]));
  index.add(3, vector([4], [1]));
  const nearest = index.nearest(vector([1, 2], [0.6, 0.8]), () => true);
  assert.deepEqual(
    nearest.map((n) => n.story),
    [1, 2],
  );
  assert.ok(Math.abs(nearest[0]!.similarity - 1) < 1e-12);
  assert.ok(Math.abs(nearest[1]!.similarity - 0.48) < 1e-12);
});
