import { createClusterer, loadClusterModel } from '../cluster/index.ts';
import type { Config } from '../config/index.ts';
import type { Logger, OutletDirectory, Progress } from '../domain/index.ts';
import { restoreClusterer } from '../pipeline/assign-stories.ts';
import { refreshStories } from '../pipeline/refresh-stories.ts';
import type { Store } from '../store/index.ts';
import { createSynthesizer } from './synthesizer.ts';

const DAY_MS = 86_400_000;

/** The clustering writer's pauses and rebuild age, from the configuration (the same for serve and worker). */
export function clusterWriterTiming(config: Config) {
  return {
    intervalMs: config.worker.clusterIntervalMs,
    acquireIntervalMs: config.worker.clusterIntervalMs,
    rebuildAfterMs: config.cluster.rebuildHours * 3_600_000,
  };
}

/**
 * Builds the clustering writer over the store: a clusterer restored with the open window before `now`, and a
 * `refresh()` that assigns new articles and synthesizes changed stories.
 */
export async function createStoryEngine(
  store: Store,
  options: { config: Config; outlets: OutletDirectory; logger: Logger; progress: Progress; now: Date },
) {
  const model = loadClusterModel(options.config.cluster.model);
  const clusterer = createClusterer(model, { windowDays: options.config.cluster.windowDays });
  const since = new Date(options.now.getTime() - options.config.cluster.windowDays * DAY_MS).toISOString();
  const storyIds = await restoreClusterer(store, clusterer, since, options);
  return {
    refresh: () =>
      refreshStories(store, {
        clusterer,
        storyIds,
        outlets: options.outlets,
        synthesize: createSynthesizer(options.config, options.logger),
        blindspot: options.config.blindspot,
        logger: options.logger,
        progress: options.progress,
      }),
  };
}
