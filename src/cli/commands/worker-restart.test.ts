// Fault test: PostgreSQL restarts while `parallax worker` processes are busy. It runs on a throwaway cluster of
// its own (scripts/pg-test-cluster.sh on another port), so restarting it disturbs no other test.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { silentLogger } from '../../domain/index.ts';
import { SAVE_ARTICLES_JOB } from '../../pipeline/save-articles-job.ts';
import { isTransientStoreError, openStore } from '../../store/index.ts';
import { assignmentCounts, realArticles, startWorker, until, type WorkerProcess } from './worker-test-kit.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/pg-test-cluster.sh');
// A port free now (the shared test cluster may run on any port, 55433 included).
const port = execFileSync(
  process.execPath,
  [
    '-e',
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ],
  { encoding: 'utf8' },
).trim();
const env = { ...process.env, PG_TEST_PORT: port, PG_TEST_DIR: `/tmp/parallax-pg-restart-${process.pid}` };
const cluster = (command: string) => execFileSync(SCRIPT, [command], { env, encoding: 'utf8' }).trim();

// The shared test database being set says PostgreSQL is installed here; this test then needs its own server.
const available = process.env.PARALLAX_TEST_DATABASE_URL !== undefined && existsSync('/usr/lib/postgresql');

test('PostgreSQL restarts under load: workers reconnect, every job is done, no article lost or stored twice', {
  skip: available ? false : 'PARALLAX_TEST_DATABASE_URL is not set',
}, async () => {
  const url = cluster('start');
  const workers: WorkerProcess[] = [];
  const store = await openStore({ databaseUrl: url, poolSize: 2 });
  const queue = await store.openJobQueue({ logger: silentLogger });
  after(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await queue.stop({ timeoutMs: 1_000 }).catch(() => {});
    await store.close().catch(() => {});
    cluster('stop');
  });
  await queue.define([{ ...SAVE_ARTICLES_JOB, timeoutSeconds: 2, retryDelaySeconds: 1 }]);
  workers.push(startWorker(url), startWorker(url));
  await until(() => workers.every((w) => w.log().includes('worker: ready')), 'both workers are ready');

  // A producer that keeps sending through the restart, retrying a send the database could not take.
  const articles = await realArticles(3_000);
  const sent: string[] = [];
  for (let i = 0; i < articles.length; i += 100) {
    if (i === 1_000) cluster('restart');
    for (;;) {
      try {
        sent.push((await queue.send(SAVE_ARTICLES_JOB.name, { articles: articles.slice(i, i + 100) }))!);
        break;
      } catch (error) {
        assert.ok(isTransientStoreError(error), `not a connection error: ${(error as Error).message}`);
        await sleep(100);
      }
    }
    await sleep(20);
  }
  assert.equal(sent.length, 30);
  try {
    await until(
      async () => (await queue.countPending(SAVE_ARTICLES_JOB.name)) === 0,
      'every job done',
      60_000,
    );
    await until(async () => (await assignmentCounts(url)).unassigned === 0, 'every article assigned', 60_000);
  } catch (error) {
    const logs = workers.map((w, i) => `--- worker ${i}\n${w.log().split('\n').slice(-40).join('\n')}`);
    throw new Error(`${(error as Error).message}\n${logs.join('\n')}`);
  }
  assert.deepEqual(await assignmentCounts(url), {
    articles: 3_000,
    unassigned: 0,
    explained: 3_000,
    disagreeing: 0,
    storyless: 0,
    duplicate_urls: 0,
  });
  for (const w of workers) assert.equal(w.child.exitCode, null, `a worker died:\n${w.log()}`);
  for (const w of workers) w.child.kill('SIGTERM');
  assert.deepEqual(await Promise.all(workers.map((w) => w.exited)), [0, 0]);
});
