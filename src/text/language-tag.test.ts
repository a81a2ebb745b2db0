import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeLanguageTag } from './language-tag.ts';

test('normalizeLanguageTag keeps the primary subtag of a language tag', () => {
  assert.equal(normalizeLanguageTag('en-US'), 'en');
  assert.equal(normalizeLanguageTag('EN_gb'), 'en');
  assert.equal(normalizeLanguageTag(' de '), 'de');
  assert.equal(normalizeLanguageTag('English'), undefined);
  assert.equal(normalizeLanguageTag(undefined), undefined);
});
