import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../domain/index.ts';
import { AssignmentConflictError, isTransientStoreError, type Store } from '../store/index.ts';
import { STORIES_EDITED_KEY } from './split-story.ts';

/** What the writer drives: a clusterer restored from the store, and one refresh (assign, then synthesize). */
export interface ClusterEngine {
  refresh(): Promise<unknown>;
}

export interface ClusterWriterOptions {
  /** Builds an engine from the store as it is now (restores the open stories); called on every takeover. */
  readonly createEngine: () => Promise<ClusterEngine>;
  readonly logger: Logger;
  /** Pause between refreshes while this process is the writer (default 5 s). */
  readonly intervalMs?: number;
  /** Pause between attempts to become the writer while another process is (default 5 s). */
  readonly acquireIntervalMs?: number;
  /** Longest pause after repeated failures (default 60 s). */
  readonly maxBackoffMs?: number;
  /** Name of the lock (default "cluster-writer"). */
  readonly lockName?: string;
  /**
   * Age after which the engine is rebuilt from the store between two refreshes (default 24 h; 0 or less: never).
   * A clusterer's vocabulary only grows (new names, numbers, misspellings), so a process that runs for months would
   * grow with it; rebuilt, it holds only the open window's terms again.
   */
  readonly rebuildAfterMs?: number;
  /** The clock, in ms (tests). */
  readonly now?: () => number;
}

/** A running clustering writer candidate. */
export interface ClusterWriter {
  /** Whether this process is the writer right now. */
  readonly isWriter: boolean;
  /** Refreshes completed while this process was the writer. */
  readonly refreshes: number;
  /** Skips the current pause (new articles arrived). */
  wake(): void;
  /** Finishes the current refresh, gives up the lock and resolves. */
  stop(): Promise<void>;
}

/**
 * Makes this process a candidate for the single clustering writer. Every `serve` or `worker` process may call
 * it: one holds the store's writer lock and assigns articles to stories; the others retry every few seconds and
 * take over when the holder dies. A takeover rebuilds the engine from the store, and the store refuses to
 * assign an article twice, so even two writers racing cannot double-assign. Errors never end the loop: it
 * backs off and tries again (PostgreSQL restarting, say).
 */
export function startClusterWriter(store: Store, options: ClusterWriterOptions): ClusterWriter {
  const lock = store.createWriterLock(options.lockName ?? 'cluster-writer');
  const interval = options.intervalMs ?? 5_000;
  const acquireInterval = options.acquireIntervalMs ?? 5_000;
  const maxBackoff = options.maxBackoffMs ?? 60_000;
  const rebuildAfterMs = options.rebuildAfterMs ?? 24 * 3_600_000;
  const rebuildAfter = rebuildAfterMs > 0 ? rebuildAfterMs : Number.POSITIVE_INFINITY;
  const now = options.now ?? Date.now;
  const { logger } = options;
  let stopping = false;
  let pause = new AbortController();
  let refreshes = 0;

  const wait = async (ms: number) => {
    try {
      await sleep(ms, undefined, { signal: pause.signal });
    } catch {
      // Woken early.
    }
    pause = new AbortController();
  };

  const loop = async () => {
    let engine: ClusterEngine | undefined;
    let builtAt = 0;
    // The operator's last edit of the stories the engine was built after (see STORIES_EDITED_KEY).
    let builtAfterEdit: string | undefined;
    let failures = 0;
    while (!stopping) {
      try {
        if (!(await lock.check())) {
          if (engine) logger.warn('cluster: lost the writer lock');
          engine = undefined;
          if (!(await lock.tryAcquire())) {
            failures = 0;
            await wait(acquireInterval);
            continue;
          }
          logger.info('cluster: this process is now the clustering writer', { pid: process.pid });
        }
        if (engine && now() - builtAt >= rebuildAfter) {
          logger.info('cluster: rebuilding the clusterer from the open stories', {
            age_hours: Math.round((now() - builtAt) / 360_000) / 10,
          });
          engine = undefined;
        }
        const edit = await store.meta.get(STORIES_EDITED_KEY);
        if (engine && edit !== builtAfterEdit) {
          logger.info('cluster: an operator edited the stories, rebuilding the clusterer from them', {
            edit,
          });
          engine = undefined;
        }
        if (!engine) {
          engine = await options.createEngine();
          builtAt = now();
          builtAfterEdit = edit;
        }
        await engine.refresh();
        refreshes += 1;
        failures = 0;
        await wait(interval);
      } catch (error) {
        // The engine may be ahead of the store now (its batch rolled back): rebuild it from the store.
        engine = undefined;
        failures += 1;
        const delay = Math.min(maxBackoff, 500 * 2 ** Math.min(failures - 1, 10));
        const fields = { error: (error as Error).message, retry_ms: delay };
        if (error instanceof AssignmentConflictError)
          logger.warn('cluster: another writer got there first', fields);
        else if (isTransientStoreError(error)) logger.warn('cluster: database unavailable', fields);
        else logger.error('cluster: refresh failed', fields);
        if (!stopping) await wait(delay);
      }
    }
    await lock.release();
  };

  const done = loop();
  return {
    get isWriter() {
      return lock.held;
    },
    get refreshes() {
      return refreshes;
    },
    wake: () => pause.abort(),
    async stop() {
      stopping = true;
      pause.abort();
      await done;
    },
  };
}
