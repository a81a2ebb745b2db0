import assert from 'node:assert/strict';
import { test } from 'node:test';
import { f1Range, pairedCounts, type StreamEvaluation } from './evaluate-stream.ts';

const scored = (pairwise: number, bcubed: number): StreamEvaluation => ({
  documents: 10,
  gold_stories: 4,
  predicted_stories: 5,
  seconds: 0.01,
  articles_per_second: 1000,
  pairwise: { precision: pairwise, recall: pairwise, f1: pairwise },
  bcubed: { precision: bcubed, recall: bcubed, f1: bcubed },
});

test('f1Range: the lowest and highest F1 of the streams', () => {
  assert.deepEqual(f1Range([scored(0.84, 0.93), scored(0.88, 0.91), scored(0.86, 0.94)]), {
    pairwise: [0.84, 0.88],
    bcubed: [0.91, 0.94],
  });
});

test('pairedCounts: streams each F1 rose, fell or stayed within the tie on, stream by stream', () => {
  // Means alone would say "better" (0.8667 against 0.8600); stream by stream it is one rise, one fall, one tie.
  const ours = [scored(0.9, 0.95), scored(0.82, 0.9), scored(0.88, 0.93)];
  const theirs = [scored(0.85, 0.95), scored(0.85, 0.92), scored(0.8802, 0.9302)];
  assert.deepEqual(pairedCounts(ours, theirs), {
    pairwise: { better: 1, worse: 1, level: 1 },
    bcubed: { better: 0, worse: 1, level: 2 },
  });
  assert.deepEqual(pairedCounts(ours, theirs, 0).bcubed, { better: 0, worse: 2, level: 1 });
  assert.throws(() => pairedCounts(ours, theirs.slice(1)), /same streams/);
});
