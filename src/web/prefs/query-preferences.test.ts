import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HttpError } from '../http-error.ts';
import { MAX_HIDDEN } from './preferences.ts';
import { preferencesFromQuery } from './query-preferences.ts';

const query = (params: string) => (name: string) => new URLSearchParams(params).get(name) ?? undefined;

test('hide counts distinct outlets against its limit, as the preferences keep them', () => {
  const same = Array.from({ length: MAX_HIDDEN + 5 }, () => 'cnn.com').join(',');
  assert.deepEqual(preferencesFromQuery(query(`hide=${same}`)).hidden, ['cnn.com']);
  const most = Array.from({ length: MAX_HIDDEN }, (_, i) => `o${i}.example`);
  assert.equal(preferencesFromQuery(query(`hide=${[...most, ...most].join(',')}`)).hidden.length, MAX_HIDDEN);
  assert.throws(
    () => preferencesFromQuery(query(`hide=${[...most, 'one-more.example'].join(',')}`)),
    (error: unknown) =>
      error instanceof HttpError && error.status === 400 && /at most 120/.test(error.message),
  );
});
