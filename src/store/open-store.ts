import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { checkSchemaName, type PostgresConnection, postgresClientConfig } from './postgres-connection.ts';
import type { Database } from './schema.ts';
import { Store } from './store.ts';

export interface StoreOptions {
  /** SQLite file (or ":memory:"), used unless `databaseUrl` is set. */
  readonly sqlitePath?: string;
  /** postgres://… selects PostgreSQL. */
  readonly databaseUrl?: string;
  /** Connections in the PostgreSQL pool (default 10). */
  readonly poolSize?: number;
  /** PostgreSQL: a statement running longer than this is cancelled (default 60 s; 0 = no limit). */
  readonly statementTimeoutMs?: number;
  /** PostgreSQL: keep the tables in this schema (created when missing) instead of `public`. */
  readonly schema?: string;
  /** PostgreSQL: the name this process shows in pg_stat_activity. */
  readonly applicationName?: string;
}

/** Opens the store on SQLite (the default) or PostgreSQL, and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? await openPostgres({
        url: options.databaseUrl,
        schema: options.schema,
        statementTimeoutMs: options.statementTimeoutMs ?? 60_000,
        applicationName: options.applicationName ?? 'parallax',
        poolSize: options.poolSize ?? 10,
      })
    : openSqlite(options.sqlitePath);
  const result = await store.migrate();
  if (result.error) {
    await store.close();
    throw result.error;
  }
  return store;
}

function openSqlite(path = './parallax.db'): Store {
  let database: SQLite.Database;
  try {
    database = new SQLite(path);
    // The first statement reads the file: a file that is not a database fails here, not in `new SQLite`.
    database.pragma('journal_mode = WAL');
  } catch (error) {
    throw new Error(`store: cannot open SQLite database ${path}: ${(error as Error).message}`);
  }
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return new Store(db, 'sqlite');
}

async function openPostgres(connection: PostgresConnection & { readonly poolSize: number }): Promise<Store> {
  if (connection.schema !== undefined) await createSchema(connection);
  const pool = new pg.Pool({
    ...postgresClientConfig(connection),
    max: connection.poolSize,
    idleTimeoutMillis: 30_000,
  });
  // A connection that dies (PostgreSQL restarted, network cut) must not crash the process: the pool drops it and
  // opens a new one for the next query. The pool listens on idle connections only; one checked out between two
  // statements of a transaction emits 'error' with no listener, so every connection gets its own.
  pool.on('error', (error) => console.error(`store: idle PostgreSQL connection failed: ${error.message}`));
  pool.on('connect', (client) => {
    client.on('error', () => {
      // The statement in flight (or the next one) fails with this error; the caller retries.
    });
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return new Store(db, 'postgres', connection);
}

// Several processes may start at once against a new schema; "already exists" from a racing one is fine.
async function createSchema(connection: PostgresConnection): Promise<void> {
  const client = new pg.Client({ ...postgresClientConfig({ ...connection, schema: undefined }) });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${checkSchemaName(connection.schema!)}"`);
  } catch (error) {
    if (!['42P06', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await client.end();
  }
}
