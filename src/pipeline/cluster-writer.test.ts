import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createSimpleClusterer } from '../cluster/index.ts';
import { type Logger, silentLogger, silentProgress } from '../domain/index.ts';
import { AssignmentConflictError, openStore, type Store } from '../store/index.ts';
import { assignStories, restoreClusterer } from './assign-stories.ts';
import { type ClusterWriter, startClusterWriter } from './cluster-writer.ts';
import { importSnapshot } from './import-snapshot.ts';
import { STORIES_EDITED_KEY } from './split-story.ts';
import { hostOutlets, openMemoryStore, SNAPSHOT_TAIL } from './test-helpers.ts';

const FAST = { intervalMs: 5, acquireIntervalMs: 20, maxBackoffMs: 20 };

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(10);
  }
}

// The real clustering writer over a store, in batches of 50 so that racing writers interleave.
function realEngine(store: Store) {
  return async () => {
    const clusterer = createSimpleClusterer();
    const storyIds = await restoreClusterer(store, clusterer, '1970-01-01T00:00:00.000Z', {
      logger: silentLogger,
    });
    return {
      refresh: () =>
        assignStories(store, clusterer, storyIds, {
          logger: silentLogger,
          progress: silentProgress,
          batchSize: 50,
        }),
    };
  };
}

// Every article in exactly one story, every assignment explained once, every story's count right.
async function assertAssignedOnce(store: Store): Promise<void> {
  const articles = await store.articles.count();
  assert.equal((await store.articles.listUnassigned(1)).length, 0);
  const stories = await store.stories.list({ limit: 100_000, order: 'recent' });
  let members = 0;
  for (const story of stories) {
    const list = await store.articles.listForStory(story.id);
    const explanations = await store.stories.listExplanations(story.id);
    assert.deepEqual(
      explanations.map((e) => e.articleId),
      list.map((a) => a.id).sort((a, b) => a - b),
    );
    members += list.length;
  }
  assert.equal(members, articles);
}

function recordingLogger() {
  const lines: string[] = [];
  const logger: Logger = {
    info: (m) => lines.push(`info ${m}`),
    warn: (m, f) => lines.push(`warn ${m} ${f?.error ?? ''}`),
    error: (m, f) => lines.push(`error ${m} ${f?.error ?? ''}`),
  };
  return { lines, logger };
}

/** A writer over stub engines that count how many were built and how many refreshes they ran. */
function startCountingWriter(store: Store, logger: Logger) {
  const counts = { engines: 0, refreshes: 0 };
  const writer = startClusterWriter(store, {
    ...FAST,
    logger,
    createEngine: async () => {
      counts.engines += 1;
      return {
        refresh: async () => {
          counts.refreshes += 1;
        },
      };
    },
  });
  return { writer, counts };
}

test('the writer refreshes while it holds the lock and releases it on stop', async () => {
  const store = await openMemoryStore();
  const { writer, counts } = startCountingWriter(store, silentLogger);
  await until(() => counts.refreshes >= 3, 'three refreshes');
  assert.equal(writer.isWriter, true);
  assert.equal(counts.engines, 1);
  await writer.stop();
  assert.equal(writer.isWriter, false);
  await store.close();
});

/**
 * A writer over stub engines on a fake clock: each refresh moves the clock on by `hoursPerRefresh` until
 * `refreshes` refreshes have run (then it stands still); resolves with how many engines were built.
 */
async function runOnClock(
  rebuildAfterMs: number,
  hoursPerRefresh: number,
  refreshes: number,
  logger: Logger,
) {
  const store = await openMemoryStore();
  let clock = 0;
  let engines = 0;
  let done = 0;
  const writer = startClusterWriter(store, {
    ...FAST,
    logger,
    rebuildAfterMs,
    now: () => clock,
    createEngine: async () => {
      engines += 1;
      return {
        refresh: async () => {
          done += 1;
          if (done < refreshes) clock += hoursPerRefresh * 3_600_000;
        },
      };
    },
  });
  await until(() => done >= refreshes, `${refreshes} refreshes`);
  await writer.stop();
  await store.close();
  return engines;
}

test('the writer rebuilds its engine from the store once it is older than rebuildAfterMs', async () => {
  const { lines, logger } = recordingLogger();
  // Built at 0 h, refreshed at 0, 10, 20; rebuilt at 30 h, refreshed at 30, 40, 50; rebuilt at 60 h.
  assert.equal(await runOnClock(24 * 3_600_000, 10, 7, logger), 3);
  assert.deepEqual(
    lines.filter((l) => l.includes('rebuilding')),
    [
      'info cluster: rebuilding the clusterer from the open stories',
      'info cluster: rebuilding the clusterer from the open stories',
    ],
  );
});

test('a rebuild age of 0 never rebuilds the engine', async () => {
  assert.equal(await runOnClock(0, 1_000, 5, silentLogger), 1);
});

test('after a conflict or a lost connection the writer rebuilds its engine and goes on', async () => {
  const store = await openMemoryStore();
  const { lines, logger } = recordingLogger();
  const failures = [
    new AssignmentConflictError('store: story 3 already exists'),
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    new Error('a bug'),
  ];
  let engines = 0;
  let refreshes = 0;
  const writer = startClusterWriter(store, {
    ...FAST,
    logger,
    createEngine: async () => {
      engines += 1;
      return {
        refresh: async () => {
          const failure = failures.shift();
          if (failure) throw failure;
          refreshes += 1;
        },
      };
    },
  });
  await until(() => refreshes >= 2, 'two good refreshes');
  await writer.stop();
  assert.equal(engines, 4);
  assert.deepEqual(lines.slice(1), [
    'warn cluster: another writer got there first store: story 3 already exists',
    'warn cluster: database unavailable connect ECONNREFUSED 127.0.0.1:5432',
    'error cluster: refresh failed a bug',
  ]);
  await store.close();
});

test("an operator's edit of the stories (a split) makes the writer rebuild its engine from the store", async () => {
  const store = await openMemoryStore();
  const { lines, logger } = recordingLogger();
  const { writer, counts } = startCountingWriter(store, logger);
  await until(() => counts.refreshes >= 2, 'two refreshes');
  assert.equal(counts.engines, 1, 'no edit, no rebuild');
  await store.meta.set(STORIES_EDITED_KEY, '2024-03-01T12:00:00.000Z split 1 into 9');
  const seen = counts.refreshes;
  await until(() => counts.refreshes >= seen + 2, 'two refreshes after the edit');
  await writer.stop();
  assert.equal(counts.engines, 2, 'rebuilt once, then kept');
  assert.ok(
    lines.some((l) => l.includes('cluster: an operator edited the stories, rebuilding the clusterer')),
  );
  await store.close();
});

test('two writers racing without a lock over real articles assign each article exactly once', async () => {
  const store = await openMemoryStore();
  await importSnapshot(store, SNAPSHOT_TAIL, hostOutlets, { logger: silentLogger, progress: silentProgress });
  // Different lock names: both become writers, so only the store's own checks keep them apart.
  const writers = ['a', 'b'].map((name) =>
    startClusterWriter(store, {
      ...FAST,
      lockName: name,
      logger: silentLogger,
      createEngine: realEngine(store),
    }),
  );
  await until(async () => (await store.articles.listUnassigned(1)).length === 0, 'all articles assigned');
  await Promise.all(writers.map((w) => w.stop()));
  await assertAssignedOnce(store);
  await store.close();
});

const url = process.env.PARALLAX_TEST_DATABASE_URL;
if (!url) {
  test('postgres: clustering writer takeover', { skip: 'PARALLAX_TEST_DATABASE_URL is not set' }, () => {});
} else {
  const schema = `t_writer_${process.pid}`;
  const stores: Store[] = [];
  const openShared = async () => {
    const store = await openStore({ databaseUrl: url, schema, poolSize: 3, applicationName: 'writer-test' });
    stores.push(store);
    return store;
  };
  after(async () => {
    await Promise.all(stores.map((s) => s.close().catch(() => {})));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  test('postgres: one writer at a time; when its session dies another takes over and nothing is assigned twice', async () => {
    const first = await openShared();
    await importSnapshot(first, SNAPSHOT_TAIL, hostOutlets, {
      logger: silentLogger,
      progress: silentProgress,
    });
    const second = await openShared();
    const third = await openShared();
    const candidates: ClusterWriter[] = [first, second, third].map((store) =>
      startClusterWriter(store, { ...FAST, logger: silentLogger, createEngine: realEngine(store) }),
    );
    await until(() => candidates.some((c) => c.isWriter), 'a writer');
    await sleep(100);
    assert.equal(candidates.filter((c) => c.isWriter).length, 1);
    const holder = candidates.findIndex((c) => c.isWriter);
    // Kill the holder's lock session, as PostgreSQL does when the holder's process dies.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(l.pid) AS killed FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = 'writer-test (writer lock)'`,
    );
    await admin.end();
    assert.equal(rows.length, 1);
    await until(() => candidates.some((c, i) => i !== holder && c.isWriter), 'another writer');
    await until(async () => (await first.articles.listUnassigned(1)).length === 0, 'all articles assigned');
    await Promise.all(candidates.map((c) => c.stop()));
    await assertAssignedOnce(first);
  });
}
