import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { Logger } from '../domain/index.ts';
import type { PostgresConnection } from './postgres-connection.ts';

/** A kind of job and how its failures are handled. */
export interface JobSpec {
  readonly name: string;
  /** Attempts after the first (default 5). */
  readonly retryLimit?: number;
  /** Seconds before the first retry; doubled for each further one, with jitter (default 10). */
  readonly retryDelaySeconds?: number;
  /** A job running longer than this is taken for dead (its worker crashed) and retried (default 300). */
  readonly timeoutSeconds?: number;
  /**
   * At most one job per key at a time, waiting, retrying or running (a feed's polls): sending another then is
   * dropped. Otherwise any number.
   */
  readonly onePerKey?: boolean;
}

/** One job handed to a handler. */
export interface Job<T> {
  readonly id: string;
  readonly name: string;
  readonly data: T;
}

/** Runs one job; throwing makes it fail, and it is retried later with backoff while retries remain. */
export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export interface WorkOptions {
  /** Jobs of this kind this process runs at once. */
  readonly concurrency: number;
  /** Pause of an idle runner before it looks again (default 1000 ms). */
  readonly pollIntervalMs?: number;
}

/** Jobs shared by every process through PostgreSQL (pg-boss); handlers must be idempotent. */
export interface JobQueue {
  /** Creates or updates the kinds of job (every process may call it at start). */
  define(specs: readonly JobSpec[]): Promise<void>;
  /**
   * Adds a job; with a key on a one-per-key kind, it is dropped and undefined returned while a job of that key
   * waits, retries or runs.
   */
  send(name: string, data: object, options?: { readonly key?: string }): Promise<string | undefined>;
  /** Starts `concurrency` runners that take jobs of `name` one at a time until stop(). */
  work<T>(name: string, options: WorkOptions, handler: JobHandler<T>): void;
  /** Jobs of `name` waiting, retrying or running. */
  countPending(name: string): Promise<number>;
  /**
   * Stops taking jobs, waits for the running ones (at most `timeoutMs`, default 30 s: a job still running then
   * is retried elsewhere once its timeout has passed), and closes the queue's connections.
   */
  stop(options?: { readonly timeoutMs?: number }): Promise<void>;
}

export interface JobQueueOptions {
  readonly logger: Logger;
  /** Connections of the queue's own pool (default 4). */
  readonly poolSize?: number;
  /** How often crashed jobs are looked for and scheduled again (default 30 s). */
  readonly maintenanceIntervalSeconds?: number;
}

/**
 * Opens the job queue of a PostgreSQL store: pg-boss tables in a schema of their own (`pgboss`, or
 * `<store schema>_pgboss`), created on first use. Jobs are taken with SKIP LOCKED, so any number of processes
 * share them; a job whose worker died is retried once its timeout has passed.
 */
export async function openJobQueue(
  connection: PostgresConnection | undefined,
  options: JobQueueOptions,
): Promise<JobQueue> {
  if (!connection) throw new Error('store: the job queue needs PostgreSQL (set PARALLAX_DATABASE_URL)');
  const schema = connection.schema === undefined ? 'pgboss' : `${connection.schema}_pgboss`;
  const boss = new PgBoss({
    connectionString: connection.url,
    schema,
    max: options.poolSize ?? 4,
    application_name: `${connection.applicationName} (jobs)`,
    supervise: true,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
  });
  // Without a listener an 'error' event would end the process; a restarting database is not a reason to.
  boss.on('error', (error: Error) => options.logger.warn('jobs: queue error', { error: error.message }));
  await boss.start();
  return new PgBossQueue(boss, schema, options.logger);
}

class PgBossQueue implements JobQueue {
  private readonly runners: Promise<void>[] = [];
  private stopping = false;
  private readonly wakers = new Set<AbortController>();
  private readonly onePerKey = new Set<string>();

  constructor(
    private readonly boss: PgBoss,
    private readonly schema: string,
    private readonly logger: Logger,
  ) {}

  async define(specs: readonly JobSpec[]): Promise<void> {
    for (const spec of specs) {
      if (spec.onePerKey) this.onePerKey.add(spec.name);
      const options = {
        name: spec.name,
        policy: spec.onePerKey ? ('stately' as const) : ('standard' as const),
        retryLimit: spec.retryLimit ?? 5,
        retryDelay: spec.retryDelaySeconds ?? 10,
        retryBackoff: true,
        expireInSeconds: spec.timeoutSeconds ?? 300,
      };
      if (await this.boss.getQueue(spec.name)) await this.boss.updateQueue(spec.name, options);
      else {
        try {
          await this.boss.createQueue(spec.name, options);
        } catch {
          // Another process created it at the same moment.
          await this.boss.updateQueue(spec.name, options);
        }
      }
    }
  }

  async send(name: string, data: object, options: { readonly key?: string } = {}) {
    // The 'stately' policy alone keeps one job of a key waiting beside one running; but pg-boss takes the oldest
    // waiting job first and cannot start one whose key runs, so every runner of the kind would find nothing
    // until the running job ends (or, its worker dead, times out). A key's next job is sent once it is done.
    if (
      options.key !== undefined &&
      this.onePerKey.has(name) &&
      (await this.hasUnfinished(name, options.key))
    )
      return undefined;
    const id = await this.boss.send(
      name,
      data,
      options.key === undefined ? {} : { singletonKey: options.key },
    );
    for (const waker of this.wakers) waker.abort();
    return id ?? undefined;
  }

  private async hasUnfinished(name: string, key: string): Promise<boolean> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `SELECT 1 FROM "${this.schema}".job WHERE name = $1 AND singleton_key = $2 AND state < 'completed' LIMIT 1`,
        [name, key],
      );
    return rows.length > 0;
  }

  work<T>(name: string, options: WorkOptions, handler: JobHandler<T>): void {
    for (let i = 0; i < options.concurrency; i += 1)
      this.runners.push(this.run(name, options.pollIntervalMs ?? 1_000, handler));
  }

  async countPending(name: string): Promise<number> {
    return (await this.boss.getQueueSize(name, { before: 'completed' })) ?? 0;
  }

  async stop(options: { readonly timeoutMs?: number } = {}): Promise<void> {
    this.stopping = true;
    for (const waker of this.wakers) waker.abort();
    const timeout = new AbortController();
    await Promise.race([
      Promise.all(this.runners),
      sleep(options.timeoutMs ?? 30_000, undefined, { signal: timeout.signal }).catch(() => {}),
    ]);
    timeout.abort();
    await this.boss.stop({ graceful: false, wait: true });
  }

  // One runner: take a job, run it, report the outcome; look again at once after a job, after a pause when idle.
  private async run<T>(name: string, pollIntervalMs: number, handler: JobHandler<T>): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let job: PgBoss.Job<T> | undefined;
      try {
        [job] = await this.boss.fetch<T>(name, { batchSize: 1 });
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.warn('jobs: cannot fetch jobs', { queue: name, error: (error as Error).message });
      }
      if (!job) {
        await this.pause(failures > 0 ? Math.min(30_000, pollIntervalMs * 2 ** failures) : pollIntervalMs);
        continue;
      }
      await this.runJob(name, job, handler);
    }
  }

  private async runJob<T>(name: string, job: PgBoss.Job<T>, handler: JobHandler<T>): Promise<void> {
    let failure: Error | undefined;
    try {
      await handler({ id: job.id, name, data: job.data });
    } catch (error) {
      failure = error as Error;
      this.logger.warn('jobs: job failed, will be retried while retries remain', {
        queue: name,
        job_id: job.id,
        error: failure.message,
      });
    }
    try {
      if (failure) await this.boss.fail(name, job.id, { message: failure.message });
      else await this.boss.complete(name, job.id);
    } catch (error) {
      // The job stays active until its timeout, then runs again: handlers are idempotent.
      this.logger.warn('jobs: cannot record the outcome of a job', {
        queue: name,
        job_id: job.id,
        error: (error as Error).message,
      });
    }
  }

  private async pause(ms: number): Promise<void> {
    const waker = new AbortController();
    this.wakers.add(waker);
    try {
      await sleep(ms, undefined, { signal: waker.signal });
    } catch {
      // Woken by a new job or by stop().
    } finally {
      this.wakers.delete(waker);
    }
  }
}
