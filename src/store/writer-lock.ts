import pg from 'pg';
import { type PostgresConnection, postgresClientConfig } from './postgres-connection.ts';

/** A lock that at most one process holds at a time, and that frees itself when its holder dies. */
export interface WriterLock {
  /** Tries once to take the lock; true when this process holds it (now or already). */
  tryAcquire(): Promise<boolean>;
  /** Whether the lock is still held, checked with a round trip to the database: false once its session died. */
  check(): Promise<boolean>;
  /** The last known state, without a round trip. */
  readonly held: boolean;
  /** Gives the lock up (and closes its session). */
  release(): Promise<void>;
}

/**
 * On PostgreSQL: a session-level advisory lock held on a connection of its own. When the holder's process dies
 * its session ends and PostgreSQL frees the lock at once; when its host vanishes, TCP keep-alive ends the session
 * within about half a minute. Without PostgreSQL (SQLite, one process): always granted.
 */
export function createWriterLock(connection: PostgresConnection | undefined, name: string): WriterLock {
  return connection ? new AdvisoryLock(connection, name) : new LocalLock();
}

class LocalLock implements WriterLock {
  held = false;

  async tryAcquire(): Promise<boolean> {
    this.held = true;
    return true;
  }

  async check(): Promise<boolean> {
    return this.held;
  }

  async release(): Promise<void> {
    this.held = false;
  }
}

class AdvisoryLock implements WriterLock {
  private client: pg.Client | undefined;
  // Locks are per database; the schema keeps two Parallax instances sharing one database apart.
  private readonly key: string;

  constructor(
    private readonly connection: PostgresConnection,
    name: string,
  ) {
    this.key = `parallax:${connection.schema ?? 'public'}:${name}`;
  }

  get held(): boolean {
    return this.client !== undefined;
  }

  async tryAcquire(): Promise<boolean> {
    if (this.client) return true;
    const client = new pg.Client({
      ...postgresClientConfig(this.connection),
      application_name: `${this.connection.applicationName} (writer lock)`,
      query_timeout: 10_000,
    });
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    try {
      await client.connect();
      // Server-side keep-alive: a holder whose machine disappears loses the lock in about 25 s (TCP only).
      await client.query(
        'SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3',
      );
      const result = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok',
        [this.key],
      );
      if (result.rows[0]?.ok !== true) {
        await client.end();
        return false;
      }
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    this.client = client;
    return true;
  }

  async check(): Promise<boolean> {
    const client = this.client;
    if (!client) return false;
    try {
      await client.query('SELECT 1');
    } catch {
      this.drop(client);
      await client.end().catch(() => {});
    }
    return this.held;
  }

  async release(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.client = undefined;
    try {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.key]);
    } catch {
      // The session is gone, and the lock with it.
    }
    await client.end().catch(() => {});
  }

  private drop(client: pg.Client): void {
    if (this.client === client) this.client = undefined;
  }
}
