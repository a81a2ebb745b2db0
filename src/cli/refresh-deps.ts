import type { Config } from '../config/index.ts';
import { type Logger, type OutletDirectory, systemClock } from '../domain/index.ts';
import { loadLanguageDetector } from '../extract/index.ts';
import { createFetcher } from '../ingest/index.ts';
import type { RefreshDueDeps } from '../pipeline/refresh-due.ts';

/**
 * What refreshFeed and refreshDue need, for this process: one fetcher (per-host limits and connections shared
 * by every feed), the language detector, and the wall clock. Close the fetcher when done.
 */
export async function createRefreshDeps(
  config: Config,
  outlets: OutletDirectory,
  logger: Logger,
): Promise<RefreshDueDeps> {
  return {
    fetcher: createFetcher(config.fetch),
    outlets,
    detectLanguage: await loadLanguageDetector(),
    config,
    logger,
    now: systemClock,
  };
}
