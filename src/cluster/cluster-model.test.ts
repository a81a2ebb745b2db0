import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, joinThreshold, validateClusterModel } from './cluster-model.ts';
import { DEFAULT_MODEL_PATH } from './load-cluster-model.ts';

const shipped = JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8'));
const withSettings = (settings: Record<string, unknown>) => ({
  ...shipped,
  settings: { ...shipped.settings, ...settings },
});

test('validateClusterModel takes the shipped model and fills settings an older file lacks', () => {
  assert.deepEqual(validateClusterModel(shipped, 'model.json').settings, shipped.settings);
  const { crossLanguageThreshold: _left, ...older } = shipped.settings;
  const model = validateClusterModel({ ...shipped, settings: older }, 'old.json');
  assert.equal(model.settings.crossLanguageThreshold, DEFAULT_SETTINGS.crossLanguageThreshold);
  assert.equal(
    validateClusterModel(withSettings({ crossLanguageThreshold: null }), 'm.json').settings
      .crossLanguageThreshold,
    null,
  );
});

test('validateClusterModel refuses other files, other features and settings of the wrong kind', () => {
  assert.throws(
    () => validateClusterModel({ format: 'x' }, 'x.json'),
    /x\.json is not a parallax cluster model/,
  );
  assert.throws(
    () => validateClusterModel({ ...shipped, features: ['tokens_title'] }, 'm.json'),
    /trained on other features; retrain it/,
  );
  assert.throws(
    () => validateClusterModel(withSettings({ crossLanguageThreshold: 1.5 }), 'm.json'),
    /settings\.crossLanguageThreshold must be a probability between 0 and 1, or null, not 1\.5/,
  );
  assert.throws(
    () => validateClusterModel(withSettings({ candidates: '12' }), 'm.json'),
    /settings\.candidates must be a number ≥ 0, not "12"/,
  );
});

test('joinThreshold: an article dated by the day only takes the dated threshold, across languages the cross-language one', () => {
  const model = validateClusterModel(shipped, 'the shipped model');
  const weights = { rank: [], merge: { weights: [], bias: 0, threshold: 0.3, datedThreshold: 0.45 } };
  const day = Date.parse('2021-07-01T00:00:00.000Z') / 86_400_000;
  const afternoon = Date.parse('2021-07-01T14:30:00.000Z') / 86_400_000;
  assert.equal(joinThreshold(model, weights, { language: 'en', day }, 'en'), 0.45);
  assert.equal(joinThreshold(model, weights, { language: 'en', day: afternoon }, 'en'), 0.3);
  assert.equal(joinThreshold(model, weights, { language: 'en', day: Number.NaN }, 'en'), 0.3);
  assert.equal(
    joinThreshold(model, weights, { language: 'zh', day }, 'en'),
    model.settings.crossLanguageThreshold,
  );
  const undated = { ...weights, merge: { ...weights.merge, datedThreshold: undefined } };
  assert.equal(
    joinThreshold(model, undated, { language: 'en', day }, 'en'),
    0.3,
    'a model without one: the threshold',
  );
});
