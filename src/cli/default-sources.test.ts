import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadRegistry } from '../ratings/index.ts';
import { readDefaultSources } from './default-sources.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');

test('every shipped default feed names an outlet of the shipped registry', () => {
  const registry = loadRegistry({ dataDir: DATA });
  const sources = readDefaultSources(DATA);
  assert.ok(sources.length > 1000);
  const unknown = sources
    .filter((s) => registry.get(s.outlet) === undefined)
    .map((s) => `${s.url} → ${s.outlet}`);
  assert.deepEqual(
    unknown,
    [],
    'rebuild data/sources with scripts/build-sources.ts after the registry changes',
  );
});
