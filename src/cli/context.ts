import { join } from 'node:path';
import { type Config, loadConfig } from '../config/index.ts';
import type { Logger, OutletDirectory } from '../domain/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createConsoleLogger } from './console-logger.ts';
import { loadSnapshotOutlets } from './snapshot-outlets.ts';

let config: Config | undefined;

/** The configuration, read once per process (STYLE habit 6). */
export function getConfig(): Config {
  config ??= loadConfig();
  return config;
}

/** Opens the configured store. */
export function openConfiguredStore(c: Config = getConfig()): Promise<Store> {
  return openStore({
    sqlitePath: c.db,
    databaseUrl: c.databaseUrl,
    poolSize: c.postgres.poolSize,
    statementTimeoutMs: c.postgres.statementTimeoutMs,
  });
}

/** The outlet directory the product trusts. */
export function loadOutlets(c: Config = getConfig()): OutletDirectory {
  return loadSnapshotOutlets(join(c.dataDir, 'snapshot', 'outlets.json'));
}

export function createLogger(): Logger {
  return createConsoleLogger();
}
