import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { silentLogger } from '../domain/index.ts';
import type { JobQueue } from './job-queue.ts';
import { openStore } from './open-store.ts';
import type { Store } from './store.ts';

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(20);
  }
}

test('the job queue needs PostgreSQL', async () => {
  const store = await openStore({ sqlitePath: ':memory:' });
  await assert.rejects(store.openJobQueue({ logger: silentLogger }), /job queue needs PostgreSQL/);
  await store.close();
});

const url = process.env.PARALLAX_TEST_DATABASE_URL;
if (!url) {
  test('job queue on PostgreSQL', { skip: 'PARALLAX_TEST_DATABASE_URL is not set' }, () => {});
} else {
  const schema = `t_jobs_${process.pid}`;
  const open: { store?: Store; queues: JobQueue[] } = { queues: [] };
  const openQueue = async () => {
    open.store ??= await openStore({ databaseUrl: url, schema, poolSize: 2 });
    const queue = await open.store.openJobQueue({ logger: silentLogger, maintenanceIntervalSeconds: 1 });
    open.queues.push(queue);
    return queue;
  };
  after(async () => {
    await Promise.all(open.queues.map((q) => q.stop().catch(() => {})));
    await open.store?.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      `DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_pgboss" CASCADE`,
    );
    await client.end();
  });

  test('postgres: jobs sent by one process are run once each by the runners of others', async () => {
    const sender = await openQueue();
    await sender.define([{ name: 'count' }]);
    const seen: number[] = [];
    const workers = [await openQueue(), await openQueue()];
    for (const worker of workers)
      worker.work<{ n: number }>('count', { concurrency: 2, pollIntervalMs: 50 }, async (job) => {
        seen.push(job.data.n);
      });
    for (let n = 0; n < 40; n += 1) await sender.send('count', { n });
    await until(() => seen.length >= 40, '40 jobs run');
    await sleep(200);
    assert.deepEqual(
      [...seen].sort((a, b) => a - b),
      Array.from({ length: 40 }, (_, i) => i),
    );
    assert.equal(await sender.countPending('count'), 0);
  });

  test('postgres: a failing job is retried until it succeeds, and gives up after its retries', async () => {
    const queue = await openQueue();
    // pg-boss waits at least 1 s, doubling, between attempts.
    await queue.define([{ name: 'flaky', retryLimit: 1, retryDelaySeconds: 1 }]);
    const attempts = new Map<string, number>();
    queue.work<{ failures: number }>('flaky', { concurrency: 1, pollIntervalMs: 50 }, async (job) => {
      const n = (attempts.get(job.id) ?? 0) + 1;
      attempts.set(job.id, n);
      if (n <= job.data.failures) throw new Error(`attempt ${n} failed`);
    });
    const recovers = await queue.send('flaky', { failures: 1 });
    const givesUp = await queue.send('flaky', { failures: 5 });
    await until(async () => (await queue.countPending('flaky')) === 0, 'no flaky job pending');
    assert.equal(attempts.get(recovers!), 2);
    assert.equal(attempts.get(givesUp!), 2);
  });

  test('postgres: one job per key waits at a time', async () => {
    const queue = await openQueue();
    await queue.define([{ name: 'poll-feed', onePerKey: true }]);
    assert.ok(await queue.send('poll-feed', { feed: 1 }, { key: 'feed:1' }));
    assert.equal(await queue.send('poll-feed', { feed: 1 }, { key: 'feed:1' }), undefined);
    assert.ok(await queue.send('poll-feed', { feed: 2 }, { key: 'feed:2' }));
    assert.equal(await queue.countPending('poll-feed'), 2);
  });

  test("postgres: a key's job running, even on a dead worker, holds up neither the other keys nor a second poll", async () => {
    const queue = await openQueue();
    await queue.define([{ name: 'poll-site', onePerKey: true, timeoutSeconds: 60 }]);
    const dead = await openQueue();
    let stuck = false;
    dead.work<{ feed: number }>('poll-site', { concurrency: 1, pollIntervalMs: 50 }, async () => {
      stuck = true;
      await new Promise(() => {});
    });
    assert.ok(await queue.send('poll-site', { feed: 1 }, { key: 'feed:1' }));
    await until(() => stuck, 'the dead runner took feed 1');
    // Offered again while its poll runs: dropped, not queued in front of the others.
    const again = await queue.send('poll-site', { feed: 1 }, { key: 'feed:1' });
    const done: number[] = [];
    // One runner: pg-boss takes the oldest waiting job first, so nothing else may stand in front of feed 2.
    queue.work<{ feed: number }>('poll-site', { concurrency: 1, pollIntervalMs: 50 }, async (job) => {
      done.push(job.data.feed);
    });
    assert.ok(await queue.send('poll-site', { feed: 2 }, { key: 'feed:2' }));
    await until(() => done.length === 1, 'feed 2 polled long before feed 1 times out', 5_000);
    assert.deepEqual(done, [2]);
    assert.equal(again, undefined);
    open.queues.splice(open.queues.indexOf(dead), 1);
    await dead.stop({ timeoutMs: 10 });
  });

  test('postgres: a job whose runner died is run again after its timeout', async () => {
    const queue = await openQueue();
    await queue.define([{ name: 'slow', timeoutSeconds: 1, retryDelaySeconds: 0 }]);
    let firstStarted = false;
    const done: string[] = [];
    // The first runner starts the job and never finishes it, as a killed process would.
    const dead = await openQueue();
    dead.work<{ x: number }>('slow', { concurrency: 1, pollIntervalMs: 50 }, async () => {
      firstStarted = true;
      await new Promise(() => {});
    });
    const id = await queue.send('slow', { x: 1 });
    await until(() => firstStarted, 'the first runner took the job');
    queue.work<{ x: number }>('slow', { concurrency: 1, pollIntervalMs: 50 }, async (job) => {
      done.push(job.id);
    });
    await until(() => done.length === 1, 'the job ran again');
    assert.deepEqual(done, [id]);
    open.queues.splice(open.queues.indexOf(dead), 1);
    await dead.stop({ timeoutMs: 10 });
  });
}
