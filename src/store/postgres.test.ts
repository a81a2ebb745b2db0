import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { isTransientStoreError } from './is-transient-error.ts';
import { openStore, type StoreOptions } from './open-store.ts';
import { runStoreContract } from './store.contract.ts';

// Runs against the PostgreSQL named by PARALLAX_TEST_DATABASE_URL (scripts/pg-test-cluster.sh start prints one;
// .ci/run sets it). Every store gets a schema of its own, dropped at the end.
const url = process.env.PARALLAX_TEST_DATABASE_URL;

if (!url) {
  test('postgres: store contract', { skip: 'PARALLAX_TEST_DATABASE_URL is not set' }, () => {});
} else {
  const schemas: string[] = [];
  const freshSchema = () => {
    const schema = `t_${process.pid}_${schemas.length}_${Math.random().toString(36).slice(2, 8)}`;
    schemas.push(schema);
    return schema;
  };
  const open = (options: Partial<StoreOptions> = {}) =>
    openStore({ databaseUrl: url, schema: freshSchema(), poolSize: 4, ...options });
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  after(() =>
    admin(async (client) => {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }),
  );

  // One schema for the contract, emptied before each test: migrating a new schema per test would cost ~0.25 s each.
  let contractSchema: string | undefined;
  runStoreContract('postgres', async () => {
    if (contractSchema === undefined) {
      const store = await open();
      contractSchema = store.postgres!.schema;
      return store;
    }
    const store = await openStore({ databaseUrl: url, schema: contractSchema, poolSize: 4 });
    const tables = await store.db
      .selectFrom(sql<{ tablename: string }>`pg_tables`.as('t'))
      .select('tablename')
      .where(sql`schemaname`, '=', contractSchema)
      .where('tablename', 'not like', 'kysely_%')
      .execute();
    await sql
      .raw(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`)
      .execute(store.db);
    return store;
  });

  test('postgres: a second process cannot take the writer lock until the first lets go', async () => {
    const store = await open();
    const other = await openStore({ databaseUrl: url, schema: store.postgres!.schema, poolSize: 1 });
    const mine = store.createWriterLock('cluster-writer');
    const theirs = other.createWriterLock('cluster-writer');
    try {
      assert.equal(await mine.tryAcquire(), true);
      assert.equal(await theirs.tryAcquire(), false);
      assert.equal(await other.createWriterLock('another-lock').tryAcquire(), true);
      assert.equal(await mine.check(), true);
      await mine.release();
      assert.equal(await theirs.tryAcquire(), true);
    } finally {
      await Promise.all([mine.release(), theirs.release()]);
      await Promise.all([store.close(), other.close()]);
    }
  });

  test('postgres: when the holder session dies the lock frees, and the holder notices', async () => {
    const store = await open();
    const holder = store.createWriterLock('cluster-writer');
    const waiting = store.createWriterLock('cluster-writer');
    try {
      assert.equal(await holder.tryAcquire(), true);
      assert.equal(await waiting.tryAcquire(), false);
      await admin((client) =>
        client.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'parallax (writer lock)' AND pid <> pg_backend_pid()`,
        ),
      );
      assert.equal(await holder.check(), false);
      assert.equal(await waiting.tryAcquire(), true);
    } finally {
      await Promise.all([holder.release(), waiting.release()]);
      await store.close();
    }
  });

  test('postgres: the pool reconnects after its connections were killed', async () => {
    const store = await open({ applicationName: 'parallax-reconnect-test' });
    await store.meta.set('k', 'v');
    await admin((client) =>
      client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'parallax-reconnect-test'`,
      ),
    );
    // The first query may meet a dead pooled connection; that error must be one a loop retries.
    let value: string | undefined;
    for (let attempt = 0; attempt < 5 && value === undefined; attempt += 1) {
      try {
        value = await store.meta.get('k');
      } catch (error) {
        assert.ok(isTransientStoreError(error), `not transient: ${(error as Error).message}`);
      }
    }
    assert.equal(value, 'v');
    await store.close();
  });

  test('postgres: a connection killed inside a transaction fails that transaction, not the process', async () => {
    const store = await open({ applicationName: 'parallax-kill-in-transaction' });
    await assert.rejects(
      store.transaction(async (trx) => {
        await trx.meta.set('k', 'v');
        // Between two statements the connection is checked out of the pool and has no query running.
        await admin((client) =>
          client.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'parallax-kill-in-transaction'`,
          ),
        );
        await sleep(100);
        await trx.meta.set('k2', 'v2');
      }),
      (error) => isTransientStoreError(error),
    );
    assert.equal(await store.meta.get('k'), undefined);
    await store.meta.set('k', 'after');
    assert.equal(await store.meta.get('k'), 'after');
    await store.close();
  });

  test('postgres: a statement longer than the timeout is cancelled', async () => {
    const store = await open({ statementTimeoutMs: 200 });
    await assert.rejects(
      store.transaction(async (trx) => {
        await trx.meta.set('k', 'v');
        await trx.db.selectNoFrom((eb) => eb.fn('pg_sleep', [eb.val(1)]).as('x')).execute();
      }),
      /statement timeout/,
    );
    assert.equal(await store.meta.get('k'), undefined);
    await store.close();
  });

  test('postgres: stores in two schemas of one database do not see each other', async () => {
    const [a, b] = await Promise.all([open(), open()]);
    await a.meta.set('who', 'a');
    assert.equal(await b.meta.get('who'), undefined);
    assert.equal(typeof (await a.articles.count()), 'number');
    await Promise.all([a.close(), b.close()]);
  });

  test('postgres: an invalid schema name is refused before any SQL runs', async () => {
    await assert.rejects(openStore({ databaseUrl: url, schema: 'x"; drop table y' }), /schema name/);
  });
}
