import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, validateClusterModel } from './cluster-model.ts';
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
