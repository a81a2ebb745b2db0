import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { Store } from './store.ts';

export interface StoreOptions {
  /** SQLite file (or ":memory:"), used unless `databaseUrl` is set. */
  readonly sqlitePath?: string;
  /** postgres://… selects PostgreSQL. */
  readonly databaseUrl?: string;
  /** Connections in the PostgreSQL pool. */
  readonly poolSize?: number;
}

/** Opens the store on SQLite (the default) or PostgreSQL, and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize)
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
  } catch (error) {
    throw new Error(`store: cannot open SQLite database ${path}: ${(error as Error).message}`);
  }
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return new Store(db, 'sqlite');
}

function openPostgres(url: string, poolSize = 10): Store {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A dropped connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(`store: idle PostgreSQL connection failed: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return new Store(db, 'postgres');
}
