// Fault tests against the real PostgreSQL: `parallax worker` processes killed with SIGKILL mid-work.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { SAVE_ARTICLES_JOB } from '../../pipeline/save-articles-job.ts';
import { openStore, type Store } from '../../store/index.ts';
import {
  assignmentCounts,
  createDatabase,
  realArticles,
  startWorker,
  until,
  type WorkerProcess,
} from './worker-test-kit.ts';

const url = process.env.PARALLAX_TEST_DATABASE_URL;
const workers: WorkerProcess[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const w of workers) w.child.kill('SIGKILL');
  await Promise.all(workers.map((w) => w.exited));
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function setUp(name: string): Promise<{ url: string; store: Store }> {
  const db = await createDatabase(url!, `${name}_${process.pid}`);
  const store = await openStore({ databaseUrl: db.url, poolSize: 2 });
  cleanups.push(db.drop, () => store.close());
  return { url: db.url, store };
}

function spawnWorker(databaseUrl: string, args: string[] = []): WorkerProcess {
  const worker = startWorker(databaseUrl, ['--concurrency', '1', ...args]);
  workers.push(worker);
  return worker;
}

test('worker: a bad concurrency names where it came from (no PostgreSQL needed: checked before connecting)', () => {
  const bin = join(resolve(import.meta.dirname, '../../..'), 'bin/parallax.js');
  const run = (args: string[], concurrency: string) =>
    spawnSync(process.execPath, [bin, 'worker', ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PARALLAX_DATABASE_URL: 'postgres://parallax@127.0.0.1:1/none',
        PARALLAX_WORKER_CONCURRENCY: concurrency,
      },
    });
  const fromEnv = run([], '-2');
  assert.equal(fromEnv.status, 2);
  assert.equal(
    fromEnv.stderr,
    'parallax: config: environment: worker.concurrency (PARALLAX_WORKER_CONCURRENCY) must be above 0, not -2\n',
  );
  const fromOption = run(['--concurrency', '0'], '4');
  assert.equal(fromOption.status, 2);
  assert.equal(fromOption.stderr, 'parallax: worker: --concurrency must be a positive integer, got "0"\n');
});

if (!url) {
  test('worker fault tests', { skip: 'PARALLAX_TEST_DATABASE_URL is not set' }, () => {});
} else {
  test('a worker killed mid-job: the job runs again elsewhere; no article lost or stored twice', async () => {
    const { url: dbUrl, store } = await setUp('worker_kill');
    const articles = await realArticles(3_000);
    const first = spawnWorker(dbUrl, ['--no-cluster']);
    await until(() => first.log().includes('worker: ready'), 'the first worker is ready');
    const queue = await store.openJobQueue({ logger: { info() {}, warn() {}, error() {} } });
    cleanups.push(() => queue.stop());
    // The worker defined the kind with PARALLAX_JOB_TIMEOUT_SECONDS=2.
    const jobId = await queue.send(SAVE_ARTICLES_JOB.name, { articles });
    // The second worker takes seconds to start: the first (polling every 100 ms) has the job long before.
    const second = spawnWorker(dbUrl, ['--no-cluster']);
    await until(async () => (await store.articles.count()) > 0, 'the job has stored some articles');
    first.child.kill('SIGKILL');
    await first.exited;
    const stored = await store.articles.count();
    assert.ok(stored < articles.length, `killed too late: ${stored} of ${articles.length} already stored`);
    await until(
      async () => (await queue.countPending(SAVE_ARTICLES_JOB.name)) === 0,
      'the job is done',
      60_000,
    );
    assert.equal(await store.articles.count(), articles.length);
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    const { rows } = await client.query(
      `SELECT state, retry_count FROM pgboss.job WHERE id = $1
       UNION ALL SELECT state, retry_count FROM pgboss.archive WHERE id = $1`,
      [jobId],
    );
    const distinct = await client.query('SELECT count(DISTINCT url) AS n FROM articles');
    await client.end();
    assert.deepEqual(rows, [{ state: 'completed', retry_count: 1 }]);
    assert.equal(Number(distinct.rows[0].n), articles.length);
    assert.match(second.log(), /worker: saved articles .*inserted=\d+/);
  });

  test('the clustering writer killed mid-way: another takes over and nothing is assigned twice', async () => {
    const { url: dbUrl, store } = await setUp('writer_kill');
    const articles = await realArticles(4_000);
    for (let i = 0; i < articles.length; i += 1_000)
      await store.transaction((trx) => trx.articles.save(articles.slice(i, i + 1_000)));
    const candidates = [spawnWorker(dbUrl), spawnWorker(dbUrl)];
    const isWriter = (w: WorkerProcess) => w.log().includes('this process is now the clustering writer');
    await until(() => candidates.some(isWriter), 'one candidate is the writer');
    const writer = candidates.find(isWriter)!;
    const other = candidates.find((c) => c !== writer)!;
    await until(
      async () => (await store.articles.listUnassigned(articles.length)).length < articles.length,
      'the writer has assigned some articles',
    );
    assert.equal(isWriter(other), false, 'two writers at once');
    writer.child.kill('SIGKILL');
    await writer.exited;
    const left = (await store.articles.listUnassigned(articles.length)).length;
    assert.ok(left > 0, 'killed too late: every article was already assigned');
    await until(() => isWriter(other), 'the other candidate takes over', 10_000);
    await until(
      async () => (await store.articles.listUnassigned(1)).length === 0,
      'every article assigned',
      60_000,
    );
    assert.deepEqual(await assignmentCounts(dbUrl), {
      articles: articles.length,
      unassigned: 0,
      explained: articles.length,
      disagreeing: 0,
      storyless: 0,
      duplicate_urls: 0,
    });
  });
}
