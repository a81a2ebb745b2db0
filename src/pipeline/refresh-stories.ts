import type { StoryClusterer } from '../cluster/index.ts';
import type { Logger, OutletDirectory, Progress } from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { assignStories, type StoryIdMap } from './assign-stories.ts';
import { type Synthesizer, synthesizeStories } from './synthesize-stories.ts';

export interface RefreshStoriesOptions {
  readonly clusterer: StoryClusterer;
  readonly storyIds: StoryIdMap;
  readonly outlets: OutletDirectory;
  readonly synthesize: Synthesizer;
  readonly blindspot: {
    readonly minRatedOutlets: number;
    readonly maxShare: number;
    readonly minOtherShare: number;
  };
  readonly logger: Logger;
  readonly progress: Progress;
}

/** New articles flow on: assign them to stories, then synthesize every story that changed. */
export async function refreshStories(store: Store, options: RefreshStoriesOptions) {
  const assigned = await assignStories(store, options.clusterer, options.storyIds, options);
  const synthesized = await synthesizeStories(store, options);
  if (synthesized.length > 0)
    options.logger.info('synthesize: refreshed stories', { stories: synthesized.length });
  return { ...assigned, synthesized: synthesized.length };
}
