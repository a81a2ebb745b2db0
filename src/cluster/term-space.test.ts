import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TermSpace } from './term-space.ts';

test('TermSpace gives common terms a lower IDF, from the prior before any document is seen', () => {
  const prior = {
    documents: 1000,
    counts: new Map([
      ['the', 990],
      ['senate', 10],
    ]),
  };
  const space = new TermSpace(prior, { priorDocuments: 1000 });
  const the = space.idOf('the');
  const senate = space.idOf('senate');
  const unseen = space.idOf('zyxx');
  assert.ok(space.idf(the) < space.idf(senate));
  assert.ok(space.idf(senate) < space.idf(unseen));
  assert.equal(space.termOf(senate), 'senate');
  assert.equal(space.idOf('senate'), senate);
});

test('TermSpace: the stream’s own counts lower the IDF of a term that suddenly appears everywhere', () => {
  const space = new TermSpace(undefined, { halfLifeDocuments: 100 });
  const quake = space.idOf('quake');
  const other = space.idOf('other');
  space.observe([other]);
  const before = space.idf(quake);
  for (let i = 0; i < 50; i++) space.observe([quake]);
  assert.ok(space.idf(quake) < before);
  // ln((N + 1) / (df + 1)) + 1 with N = 51 and df = 50 (up to the tiny decay).
  assert.ok(Math.abs(space.idf(quake) - (Math.log(52 / 51) + 1)) < 0.05);
});
