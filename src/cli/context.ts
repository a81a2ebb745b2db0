import { type Config, loadConfig } from '../config/index.ts';
import type { Logger, OutletDirectory } from '../domain/index.ts';
import { loadRegistry, openRegistry, type Registry } from '../ratings/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createConsoleLogger } from './console-logger.ts';

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

/** The outlet registry (shipped ratings under the local overrides), read once. */
export function loadOutlets(c: Config = getConfig()): Registry {
  return loadRegistry({ dataDir: c.dataDir, overridesPath: c.outletOverrides, weights: c.ratings.weights });
}

/**
 * The registry for a long-running server: it follows the override file, so `parallax outlets set` shows on the
 * pages at once (a malformed override file is reported and the previous ratings stay).
 */
export function loadLiveOutlets(
  c: Config,
  logger: Logger,
): OutletDirectory & { readonly version: () => Registry } {
  const live = openRegistry({
    dataDir: c.dataDir,
    overridesPath: c.outletOverrides,
    weights: c.ratings.weights,
  });
  let reported: Error | undefined;
  const current = () => {
    const registry = live.current();
    if (live.lastError && live.lastError !== reported) {
      reported = live.lastError;
      logger.error('ratings: override file not applied', { error: live.lastError.message });
    }
    return registry;
  };
  return {
    get: (id) => current().get(id),
    match: (url) => current().match(url),
    all: () => current().all(),
    version: current,
  };
}

export function createLogger(): Logger {
  return createConsoleLogger();
}
