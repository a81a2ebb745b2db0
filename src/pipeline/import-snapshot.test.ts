import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { silentLogger, silentProgress } from '../domain/index.ts';
import { importSnapshot } from './import-snapshot.ts';
import { hostOutlets, openMemoryStore, SNAPSHOT_TAIL } from './test-helpers.ts';

const options = { logger: silentLogger, progress: silentProgress };

test('importSnapshot stores every real article once, and a second import changes nothing', async () => {
  const store = await openMemoryStore();
  const first = await importSnapshot(store, SNAPSHOT_TAIL, hostOutlets, options);
  assert.equal(first.read, 600);
  assert.equal(first.inserted, 600);
  const again = await importSnapshot(store, SNAPSHOT_TAIL, hostOutlets, options);
  assert.deepEqual([again.inserted, again.updated, again.unchanged], [0, 0, 600]);
  assert.equal(await store.articles.count(), 600);
  await store.close();
});

test('an import cut short and run again loses and duplicates nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-import-'));
  const lines = readFileSync(SNAPSHOT_TAIL, 'utf8').trim().split('\n');
  const partial = join(dir, 'partial.jsonl');
  writeFileSync(partial, `${lines.slice(0, 250).join('\n')}\n`);
  const store = await openMemoryStore();
  await importSnapshot(store, partial, hostOutlets, options);
  const resumed = await importSnapshot(store, SNAPSHOT_TAIL, hostOutlets, options);
  assert.equal(resumed.inserted, 350);
  assert.equal(await store.articles.count(), 600);
  await store.close();
});

test('a malformed record is skipped with a warning, a broken line names the file and line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-import-'));
  const good = readFileSync(SNAPSHOT_TAIL, 'utf8').split('\n')[0];
  const skipped = join(dir, 'skipped.jsonl');
  writeFileSync(skipped, `${good}\n{"url":"https://example.com/x","title":"","published":"2021-01-01"}\n`);
  const warnings: string[] = [];
  const store = await openMemoryStore();
  const result = await importSnapshot(store, skipped, hostOutlets, {
    ...options,
    logger: { ...silentLogger, warn: (m) => warnings.push(m) },
  });
  assert.deepEqual([result.inserted, result.skipped], [1, 1]);
  assert.equal(warnings.length, 1);
  const broken = join(dir, 'broken.jsonl');
  writeFileSync(broken, `${good}\n{not json\n`);
  await assert.rejects(importSnapshot(store, broken, hostOutlets, options), /broken\.jsonl line 2/);
  await store.close();
});
