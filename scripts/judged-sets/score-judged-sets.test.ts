import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctSets, type JudgedSet, parseJudgedSet, scoreJudgedSets } from './score-judged-sets.ts';

const set = (urls: string[], partition: number[][]): JudgedSet => ({
  sample: 's',
  case: 1,
  judge: 'A',
  urls,
  partition,
  unsure: false,
});

test('scoreJudgedSets counts pairs within each set: together, wrongly joined, missed', () => {
  const sets = [set(['a', 'b', 'c'], [[1, 2], [3]]), set(['d', 'e'], [[1, 2]])];
  const story: Record<string, number> = { a: 1, b: 1, c: 1, d: 2, e: 3 };
  const score = scoreJudgedSets(sets, (url) => story[url]);
  assert.deepEqual(score.errorsBySet, [2, 1]);
  // Set 1: a, b: precision 2/3, recall 1; c: precision 1/3, recall 1 → P 5/9, R 1. Set 2: P 1, R 1/2.
  const f = (p: number, r: number) => (2 * p * r) / (p + r);
  assert.ok(Math.abs(score.meanSetBcubed - (f(5 / 9, 1) + f(1, 1 / 2)) / 2) < 1e-12);
  assert.deepEqual(
    {
      ...score,
      precision: undefined,
      recall: undefined,
      f1: undefined,
      meanSetBcubed: undefined,
      errorsBySet: undefined,
    },
    {
      sets: 2,
      together: 1,
      wronglyJoined: 2,
      missed: 1,
      setsWithWrongJoin: 1,
      setsWithSplit: 1,
      precision: undefined,
      recall: undefined,
      f1: undefined,
      meanSetBcubed: undefined,
      errorsBySet: undefined,
    },
  );
  assert.equal(score.precision, 1 / 3);
  assert.equal(score.recall, 1 / 2);
  assert.throws(() => scoreJudgedSets(sets, () => undefined), /not clustered/);
});

test('parseJudgedSet refuses a partition that misses or repeats an article', () => {
  const line = { sample: 'u1', case: 3, judge: 'A', urls: ['a', 'b', 'c'] };
  assert.equal(parseJudgedSet({ ...line, partition: [[1, 3], [2]] }, 'x').unsure, false);
  assert.throws(
    () => parseJudgedSet({ ...line, partition: [[1, 3]] }, 'x'),
    /each of the positions 1..3 once/,
  );
  assert.throws(
    () =>
      parseJudgedSet(
        {
          ...line,
          partition: [
            [1, 1],
            [2, 3],
          ],
        },
        'x',
      ),
    /once/,
  );
  assert.throws(() => parseJudgedSet({ ...line, urls: ['a'], partition: [[1]] }, 'x'), /two or more/);
});

test('distinctSets keeps the first of two sets with the same articles in any order', () => {
  const first = set(['a', 'b'], [[1, 2]]);
  const again = { ...set(['b', 'a'], [[1], [2]]), sample: 't' };
  assert.deepEqual(distinctSets([first, again, set(['a', 'c'], [[1, 2]])]).length, 2);
  assert.equal(distinctSets([first, again])[0], first);
});
