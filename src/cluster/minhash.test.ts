import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containment, hashString, minHashSignature, shingleHashes } from './minhash.ts';

const words = (text: string) => text.toLowerCase().split(/\s+/);

test('shingleHashes gives the distinct sorted hashes of word n-grams', () => {
  const hashes = shingleHashes(words('a b c a b c'), 3);
  assert.equal(hashes.length, 3); // "a b c", "b c a", "c a b"
  assert.ok(hashes.every((h, i) => i === 0 || hashes[i - 1]! < h));
  assert.equal(hashString('abc'), hashString('abc'));
  assert.notEqual(hashString('abc'), hashString('abd'));
});

test('containment measures how much of the shorter text the longer one holds', () => {
  const wire = words(
    'the central bank raised its key interest rate by a quarter point on wednesday citing inflation',
  );
  const reprint = [...wire, ...words('local businesses said they expect higher borrowing costs soon')];
  const other = words('the football team won its third game in a row on wednesday night at home');
  const a = shingleHashes(wire, 4);
  assert.equal(containment(a, shingleHashes(reprint, 4)), 1);
  assert.ok(containment(a, shingleHashes(other, 4)) < 0.1);
});

test('minHashSignature agreement estimates Jaccard similarity', () => {
  const base = Array.from({ length: 200 }, (_, i) => `w${i}`);
  const half = [...base.slice(0, 100), ...Array.from({ length: 100 }, (_, i) => `x${i}`)];
  const sa = minHashSignature(shingleHashes(base, 1), 256);
  const sb = minHashSignature(shingleHashes(half, 1), 256);
  const same = sa.filter((v, i) => v === sb[i]).length / 256;
  // True Jaccard: 100 / 300.
  assert.ok(Math.abs(same - 1 / 3) < 0.1, `estimate ${same}`);
  assert.deepEqual(
    minHashSignature(shingleHashes(base, 1), 16),
    minHashSignature(shingleHashes(base, 1), 16),
  );
});
