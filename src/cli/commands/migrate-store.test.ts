import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { silentLogger, silentProgress } from '../../domain/index.ts';
import { importSnapshot } from '../../pipeline/import-snapshot.ts';
import { openStore } from '../../store/index.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'parallax-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function parallax(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/parallax.js'), ...args], {
    env: { ...process.env, PARALLAX_DATABASE_URL: '', PARALLAX_DB: '', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('migrate-store: usage mistakes exit 2 and say what is missing', () => {
  const noTarget = parallax(['migrate-store', '--from', join(dir, 'x.db')]);
  assert.equal(noTarget.code, 2);
  assert.match(noTarget.stderr, /--to postgres:\/\/… or set PARALLAX_DATABASE_URL/);
  const noFile = parallax(['migrate-store', '--from', join(dir, 'missing.db'), '--to', 'postgres://h/db']);
  assert.equal(noFile.code, 2);
  assert.match(noFile.stderr, /missing\.db does not exist/);
});

const url = process.env.PARALLAX_TEST_DATABASE_URL;
if (!url) {
  test('migrate-store into PostgreSQL', { skip: 'PARALLAX_TEST_DATABASE_URL is not set' }, () => {});
} else {
  const database = `parallax_migrate_${process.pid}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  const target = new URL(url);
  target.pathname = `/${database}`;
  after(() => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));

  test('migrate-store copies a real SQLite database into PostgreSQL; a second run writes nothing', async () => {
    await admin(`CREATE DATABASE ${database}`);
    const file = join(dir, 'source.db');
    const source = await openStore({ sqlitePath: file });
    const tail = join(ROOT, 'src/pipeline/testdata/snapshot-tail.jsonl');
    const outlets = {
      get: () => undefined,
      match: (u: string) => ({ id: new URL(u).hostname, name: 'x', domains: [], flags: [] }),
      all: () => [],
    };
    await importSnapshot(source, tail, outlets, { logger: silentLogger, progress: silentProgress });
    await source.close();

    const first = parallax(['migrate-store', '--from', file, '--to', target.href, '--batch-size', '100']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^articles\s+600 rows\s+600 written {2}ok$/m);
    assert.doesNotMatch(first.stdout, /MISMATCH/);
    const again = parallax(['migrate-store', '--from', file, '--to', target.href, '--json']);
    assert.equal(again.code, 0, again.stderr);
    const result = JSON.parse(again.stdout) as { tables: { written: number }[]; mismatched: string[] };
    assert.deepEqual(result.mismatched, []);
    assert.ok(result.tables.every((t) => t.written === 0));
    const stats = parallax(['stats', '--json'], { PARALLAX_DATABASE_URL: target.href });
    assert.equal(stats.code, 0, stats.stderr);
    assert.equal((JSON.parse(stats.stdout) as { articles: number }).articles, 600);
  });
}
