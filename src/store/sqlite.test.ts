import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { openStore } from './open-store.ts';
import { makeSynthesis, runStoreContract, seedStories } from './store.contract.ts';

runStoreContract('sqlite', () => openStore({ sqlitePath: ':memory:' }));

const dir = mkdtempSync(join(tmpdir(), 'parallax-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('sqlite: a file database keeps its data and schema across reopenings', async () => {
  const path = join(dir, 'reopen.db');
  const first = await openStore({ sqlitePath: path });
  await first.meta.set('k', 'v');
  await first.close();
  const second = await openStore({ sqlitePath: path });
  assert.equal(await second.meta.get('k'), 'v');
  assert.deepEqual((await second.migrate()).results, []);
  await second.close();
});

test('sqlite: the writer lock is always granted (one process owns the file)', async () => {
  const store = await openStore({ sqlitePath: ':memory:' });
  const lock = store.createWriterLock('cluster-writer');
  assert.equal(lock.held, false);
  assert.equal(await lock.tryAcquire(), true);
  assert.equal(await lock.check(), true);
  await lock.release();
  assert.equal(lock.held, false);
  await store.close();
});

test('sqlite: an unopenable file names the path', async () => {
  await assert.rejects(openStore({ sqlitePath: join(dir, 'missing', 'x.db') }), /missing\/x\.db/);
});

test('sqlite: a file that is not a database names the path', async () => {
  const path = join(dir, 'notes.txt');
  writeFileSync(path, 'plain text, not a database\n'.repeat(40));
  await assert.rejects(openStore({ sqlitePath: path }), {
    message: `store: cannot open SQLite database ${path}: file is not a database`,
  });
});

test('sqlite: migrations 013 to 015 mark every story of an older database for a new synthesis', async () => {
  const path = join(dir, 'resynthesize.db');
  const first = await openStore({ sqlitePath: path });
  await seedStories(first, 2);
  for (const id of [1, 2]) await first.stories.saveSynthesis(id, makeSynthesis({ outlets: 1 }));
  assert.deepEqual(await first.stories.listDirtyIds(10), []);
  await first.close();
  // A database from before the step: neither it nor a later one has run there yet.
  const raw = new SQLite(path);
  raw.prepare("DELETE FROM kysely_migration WHERE name >= '015_resynthesize_stories'").run();
  raw.prepare('DROP TABLE cluster_feedback').run();
  raw.prepare('ALTER TABLE assignments DROP COLUMN moved_by_operator').run();
  raw.close();
  const second = await openStore({ sqlitePath: path });
  assert.deepEqual(await second.stories.listDirtyIds(10), [1, 2]);
  await second.close();
});
